import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headline, liftOf, queuedPercent, skippedOf } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/figures.js';
import { inLanguage } from '../staff/language.js';

const numbers = { audience: 120, messaged: 100, delivered: 90, redeemed: 7 };
const none = { audience: null, sent: null, delivered: null, redeemed: null };

test('a campaign that has not fired has no numbers yet', () => {
  assert.deepEqual(headline({ status: 'draft', headline: { ...numbers, audience: 0 } }), none);
  assert.deepEqual(headline({ status: 'scheduled', headline: { ...numbers, audience: 0 } }), none);
  assert.deepEqual(headline({ status: 'completed' }), none);
});

test('a campaign that fired shows what it sent', () => {
  const fired = { audience: 120, sent: 100, delivered: 90, redeemed: 7 };
  assert.deepEqual(headline({ status: 'completed', headline: numbers }), fired);
  assert.deepEqual(headline({ status: 'cancelled', headline: { ...numbers, audience: 0 } }), { ...fired, audience: 0 });
  // A repeating campaign is scheduled again after each firing, with the numbers so far.
  assert.deepEqual(headline({ status: 'scheduled', headline: numbers }), fired);
});

test('skipped messages are a count or counts by reason', () => {
  assert.equal(skippedOf({ skipped: 4 }), 4);
  assert.equal(skippedOf({ skipped: { cap: 2, quietHours: 3, quota: 0 } }), 5);
  assert.equal(skippedOf({}), 0);
});

test('the share queued is whole percent and never above 100', () => {
  assert.equal(queuedPercent({ enqueued: 0, total: 0 }), 0);
  assert.equal(queuedPercent({ enqueued: 1, total: 3 }), 33);
  assert.equal(queuedPercent({ enqueued: 2, total: 3 }), 67);
  assert.equal(queuedPercent({ enqueued: 5, total: 4 }), 100);
});

test('the lift is the gain over the hold-out in points and relative to it', () => {
  assert.deepEqual(liftOf(0.25, 0.2), { up: true, points: '+5.0 percentage points', relative: '+25%' });
  assert.deepEqual(liftOf(0.1, 0.15), { up: false, points: '−5.0 percentage points', relative: '−33%' });
  assert.deepEqual(liftOf(0.2, 0.2), { up: true, points: '+0.0 percentage points', relative: '+0%' });
});

test('the lift is written in the page\'s language', () => {
  inLanguage('de', () => assert.deepEqual(liftOf(0.25, 0.2), { up: true, points: '+5,0 Prozentpunkte', relative: '+25\u00a0%' }));
  inLanguage('zh-Hans', () => assert.equal(liftOf(0.1, 0.15).points, '−5.0 个百分点'));
});

test('against a hold-out that bought nothing there is no relative lift', () => {
  assert.deepEqual(liftOf(0.05, 0), { up: true, points: '+5.0 percentage points', relative: '' });
  assert.deepEqual(liftOf(null, null), { up: true, points: '+0.0 percentage points', relative: '' });
});
