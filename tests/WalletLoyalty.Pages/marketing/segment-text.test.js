import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentFilter, segmentOf } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/segment-text.js';
import { inLanguage } from '../staff/language.js';

const empty = { days: null, category: '', minPurchases: null, minSpentMinor: null };

test('empty boxes are no segment, and days alone are any purchase in them', () => {
  const errors = [];
  assert.equal(segmentOf(empty, errors), null);
  assert.deepEqual(segmentOf({ ...empty, days: 30, category: '  ' }, errors), { days: 30, category: null, minPurchases: null, minSpentMinor: null });
  assert.deepEqual(errors, []);
});

test('a category, a count and an amount need the days to look back', () => {
  const errors = [];
  const segment = segmentOf({ days: null, category: ' croissant ', minPurchases: 3, minSpentMinor: 1200 }, errors);
  assert.deepEqual(segment, { days: null, category: 'croissant', minPurchases: 3, minSpentMinor: 1200 });
  assert.deepEqual(errors.map((e) => e.path), ['audience.purchases.days']);
  assert.equal(errors[0].message, 'Enter the days to look back, 1 to 730.');
});

test('too many days, two categories and a zero amount are each named', () => {
  const errors = [];
  segmentOf({ days: 731, category: 'bread;cake', minPurchases: null, minSpentMinor: 0 }, errors);
  assert.deepEqual(errors.map((e) => e.path), ['audience.purchases.days', 'audience.purchases.category', 'audience.purchases.minSpentMinor']);
});

test('a segment is said in words, in the page language', () => {
  assert.equal(segmentFilter({ days: 30, category: 'croissant', minPurchases: 3, minSpentMinor: 1200 }, 'EUR'),
    'bought in the last 30 days: in croissant, at least 3 purchases, 12.00 EUR or more');
  assert.equal(segmentFilter({ days: 1, category: null, minPurchases: null, minSpentMinor: null }, 'EUR'), 'bought in the last 1 day: anything');
  inLanguage('pl', () => {
    assert.equal(segmentFilter({ days: 60, category: null, minPurchases: 5, minSpentMinor: 1250 }, 'EUR'),
      'kupili w ciągu ostatnich 60 dni: co najmniej 5 zakupów, za 12,50 EUR lub więcej');
  });
});
