import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cronExpression, parseCron, triggerSummary } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/trigger-text.js';
import { inLanguage } from '../staff/language.js';

test('a weekly or daily repeat becomes a Quartz cron expression', () => {
  assert.equal(cronExpression('weekly', '17:30', 'FRI'), '0 30 17 ? * FRI');
  assert.equal(cronExpression('daily', '09:05', 'FRI'), '0 5 9 * * ?');
  assert.equal(cronExpression('weekly', '', 'MON'), '0 0 0 ? * MON');
});

test('a weekly or daily cron expression is read back for the form', () => {
  assert.deepEqual(parseCron('0 30 17 ? * FRI'), { repeat: 'weekly', time: '17:30', day: 'FRI' });
  assert.deepEqual(parseCron('0 5 9 * * ?'), { repeat: 'daily', time: '09:05', day: undefined });
});

test('what the form builds it reads back', () => {
  for (const [repeat, time, day] of [['weekly', '00:00', 'SUN'], ['weekly', '23:59', 'WED'], ['daily', '06:07', 'MON']]) {
    const parsed = parseCron(cronExpression(repeat, time, day));
    assert.equal(parsed.repeat, repeat);
    assert.equal(parsed.time, time);
    if (repeat === 'weekly') assert.equal(parsed.day, day);
  }
});

test('any other expression stays custom', () => {
  assert.deepEqual(parseCron('0 0 12 1 * ?'), { repeat: 'custom' });
  assert.deepEqual(parseCron('0 0 17 ? * MON-FRI'), { repeat: 'custom' });
  assert.deepEqual(parseCron('30 0 17 ? * FRI'), { repeat: 'custom' });
  assert.deepEqual(parseCron(undefined), { repeat: 'custom' });
});

test('each kind of trigger is said in one line', () => {
  assert.equal(triggerSummary({ type: 'once', at: '2026-11-27T17:00' }, 'en-GB'), 'Once, Fri, 27 Nov 2026, 17:00');
  assert.equal(triggerSummary({ type: 'once', at: null }), 'Once, time not set');
  assert.equal(triggerSummary({ type: 'cron', cron: '0 0 17 ? * FRI' }), 'Every Friday at 17:00');
  assert.equal(triggerSummary({ type: 'cron', cron: '0 30 8 * * ?' }), 'Every day at 08:30');
  assert.equal(triggerSummary({ type: 'cron', cron: '0 0 12 1 * ?' }), 'Repeats (cron 0 0 12 1 * ?)');
  assert.equal(triggerSummary(null), '');
});

test('a daily automation names its days as the automation counts them', () => {
  assert.equal(triggerSummary({ type: 'daily', automation: 'winback', time: '09:00', days: 60 }), 'Daily at 09:00: win back members silent after 60 days');
  assert.equal(triggerSummary({ type: 'daily', automation: 'welcome', time: '10:00', days: 1 }), 'Daily at 10:00: welcome members with a first purchase within 1 day');
  assert.equal(triggerSummary({ type: 'daily', automation: 'birthday', time: '08:00', days: 60 }), 'Daily at 08:00: birthday greeting');
});

test('a location window within a day gives its end as a time only', () => {
  assert.equal(
    triggerSummary({ type: 'location', from: '2026-11-24T11:30', until: '2026-11-24T14:00', radiusMeters: 200 }, 'en-GB'),
    'Near the stores, Tue, 24 Nov 2026, 11:30 – 14:00 (200 m)');
  assert.equal(
    triggerSummary({ type: 'location', from: '2026-11-24T11:30', until: '2026-11-26T14:00' }, 'en-GB'),
    'Near the stores, Tue, 24 Nov 2026, 11:30 – Thu, 26 Nov 2026, 14:00 (150 m)');
});

test('in Polish a weekly repeat names its day with the word for every that agrees with it', () => {
  inLanguage('pl', () => {
    assert.equal(triggerSummary({ type: 'cron', cron: '0 0 17 ? * FRI' }), 'W każdy piątek o 17:00');
    assert.equal(triggerSummary({ type: 'cron', cron: '0 0 17 ? * WED' }), 'W każdą środę o 17:00');
  });
});

test('the days of an automation are counted in the page\'s language', () => {
  inLanguage('pl', () => assert.equal(triggerSummary({ type: 'daily', automation: 'winback', time: '09:00', days: 3 }),
    'Codziennie o 09:00: odzyskiwanie uczestników bez zakupu przez 3 dni'));
  inLanguage('de', () => assert.equal(triggerSummary({ type: 'daily', automation: 'welcome', time: '10:00', days: 1 }),
    'Täglich um 10:00: neue Mitglieder mit erstem Einkauf begrüßen (Zeitraum: 1 Tag)'));
});

test('a time to send once is written in the page\'s language and calendar', () => {
  inLanguage('th', () => assert.equal(triggerSummary({ type: 'once', at: '2026-11-27T17:00' }), 'ครั้งเดียว ศุกร์ 27 พ.ย. 2569 17:00'));
  inLanguage('zh-Hans', () => assert.equal(triggerSummary({ type: 'once', at: '2026-11-27T17:00' }), '单次，2026年11月27日周五 17:00'));
});
