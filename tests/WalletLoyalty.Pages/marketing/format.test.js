import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimal, num, percent, rate, slug, sum, wholePercent } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/format.js';
import { inLanguage } from '../staff/language.js';

const spaces = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('a count is grouped as the locale groups it', () => {
  assert.equal(num(1234567, 'en-US'), '1,234,567');
  assert.equal(num(1234567, 'de-DE'), '1.234.567');
  assert.equal(num(1234567, 'fr-FR'), '1\u202f234\u202f567');
  assert.equal(num(0, 'en-US'), '0');
});

test('without a locale, a count is grouped as the page\'s language groups it', () => {
  assert.equal(num(1234567), '1,234,567');
  inLanguage('de', () => assert.equal(num(1234567), '1.234.567'));
  inLanguage('pl', () => assert.equal(spaces(num(1234567)), '1 234 567'));
});

test('nothing to count yet is a dash, not a zero', () => {
  assert.equal(num(null), '–');
  assert.equal(num(undefined), '–');
  assert.equal(rate(null), '–');
  assert.equal(percent(0, 0), '–');
});

test('a share has one decimal unless it is none or all', () => {
  assert.equal(percent(3, 3), '100%');
  assert.equal(percent(0, 7), '0%');
  assert.equal(percent(2, 3), '66.7%');
  assert.equal(percent(1, 8), '12.5%');
  assert.equal(percent(999, 1000), '99.9%');
});

test('a share is written the way the page\'s language writes percentages', () => {
  inLanguage('de', () => assert.equal(spaces(percent(2, 3)), '66,7 %'));
  inLanguage('pl', () => assert.equal(percent(2, 3), '66,7%'));
  inLanguage('th', () => assert.equal(percent(2, 3), '66.7%'));
  inLanguage('zh-Hans', () => assert.equal(wholePercent(10), '10%'));
});

test('a rate is shown in percent to one decimal', () => {
  assert.equal(rate(0), '0.0%');
  assert.equal(rate(0.1234), '12.3%');
  assert.equal(rate(1), '100.0%');
  inLanguage('de', () => assert.equal(spaces(rate(0.1234)), '12,3 %'));
});

test('a whole number of percent, as the hold-out slider shows it', () => {
  assert.equal(wholePercent(10), '10%');
  inLanguage('de', () => assert.equal(spaces(wholePercent(10)), '10 %'));
});

test('an amount in a box has a fixed count of decimals, the language\'s decimal sign and no grouping', () => {
  assert.equal(decimal(1234.5, 2), '1234.50');
  inLanguage('de', () => assert.equal(decimal(1234.5, 2), '1234,50'));
  assert.equal(decimal(500, 0), '500');
});

test('missing counts add up as none', () => {
  assert.equal(sum([]), 0);
  assert.equal(sum([3, null, undefined, 4]), 7);
});

test('a campaign name becomes a safe file name', () => {
  assert.equal(slug('Spring hello'), 'spring-hello');
  assert.equal(slug('Friday 20 % for Gold!'), 'friday-20-for-gold');
  assert.equal(slug('Crème brûlée'), 'creme-brulee');
  assert.equal(slug('  ***  '), 'campaign');
  assert.equal(slug('x'.repeat(80)).length, 60);
});
