import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber, formatPoints, moneyFormat } from '../../../src/WalletLoyalty.Server/wwwroot/till/format.js';

test('one point is a point, any other number points', () => {
  assert.equal(formatPoints(1, 'en'), '1 point');
  assert.equal(formatPoints(-1, 'en'), '-1 point');
  assert.equal(formatPoints(0, 'en'), '0 points');
  assert.equal(formatPoints(212, 'en'), '212 points');
});

test('large balances are grouped the reader\'s way', () => {
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
  assert.equal(formatNumber(1234567, 'de'), '1.234.567');
  assert.equal(formatPoints(12000, 'en'), '12,000 points');
});

test('euros have two minor digits and are written from cents', () => {
  const money = moneyFormat('EUR', 'en');
  assert.equal(money.code, 'EUR');
  assert.equal(money.symbol, '€');
  assert.equal(money.digits, 2);
  assert.equal(money.format(1250), '€12.50');
  assert.equal(money.format(5), '€0.05');
});

test('a currency without minor units is written from whole units', () => {
  const money = moneyFormat('JPY', 'en');
  assert.equal(money.digits, 0);
  assert.equal(money.format(1250), '¥1,250');
});

test('a currency with three minor digits keeps all three', () => {
  const money = moneyFormat('KWD', 'en');
  assert.equal(money.digits, 3);
  assert.match(money.format(12345), /12\.345/);
});

test('a code the browser refuses still gives a usable format', () => {
  const money = moneyFormat('EURO', 'en');
  assert.deepEqual({ code: money.code, digits: money.digits, symbol: money.symbol }, { code: 'EURO', digits: 2, symbol: 'EURO' });
  assert.equal(money.format(1250), '12.50 EURO');
});

test('a date is written with its month named', () => {
  assert.equal(formatDate('2026-03-05T12:00:00', 'en-GB'), '5 Mar 2026');
});
