import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fill, pageLanguage, t, tn, useTexts } from '../../../src/WalletLoyalty.Server/wwwroot/staff/texts.js';

const texts = {
  'till.found': 'Card found: {name}',
  'till.points.one': '{count} point',
  'till.points.other': '{count} points',
};

test('a text has its placeholders filled in', () => {
  useTexts(texts, 'en');
  assert.equal(t('till.found', { name: 'Alex' }), 'Card found: Alex');
});

test('a placeholder without a value, or a brace that is not one, stays as written', () => {
  assert.equal(fill('Hi {firstName}, {points} points', { points: 3 }), 'Hi {firstName}, 3 points');
  assert.equal(fill('{ name } and {}', { name: 'x' }), '{ name } and {}');
});

test('a value is put in once and never read as a placeholder itself', () => {
  assert.equal(fill('{a} and {b}', { a: '{b}', b: 'B' }), '{b} and B');
});

test('a key that has no text shows as the key and is reported', (context) => {
  useTexts(texts, 'en');
  const reported = context.mock.method(console, 'error', () => {});
  assert.equal(t('till.nothing'), 'till.nothing');
  assert.equal(reported.mock.callCount(), 1);
});

test('a counted text takes the form English uses for the count', () => {
  useTexts(texts, 'en');
  assert.equal(tn('till.points', 1), '1 point');
  assert.equal(tn('till.points', 0), '0 points');
  assert.equal(tn('till.points', 12000), '12,000 points');
});

test('Polish counts take one of three forms', () => {
  useTexts({ 'till.points.one': '{count} punkt', 'till.points.few': '{count} punkty', 'till.points.many': '{count} punktów', 'till.points.other': '{count} punktu' }, 'pl');
  assert.deepEqual([1, 2, 4, 5, 12, 22, 25, 1234].map((n) => tn('till.points', n)),
    ['1 punkt', '2 punkty', '4 punkty', '5 punktów', '12 punktów', '22 punkty', '25 punktów', '1234 punkty']);
});

test('a language without plural forms has one text for every count', () => {
  useTexts({ 'till.points.other': '{count} คะแนน' }, 'th');
  assert.equal(tn('till.points', 1), '1 คะแนน');
  assert.equal(tn('till.points', 1500), '1,500 คะแนน');
  assert.equal(pageLanguage(), 'th');
});
