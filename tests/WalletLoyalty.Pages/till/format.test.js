import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatNumber, formatPoints, moneyFormat } from '../../../src/WalletLoyalty.Server/wwwroot/till/format.js';
import { inLanguage } from '../staff/language.js';

test('one point is a point, any other number points', () => {
  assert.equal(formatPoints(1), '1 point');
  assert.equal(formatPoints(-1), '-1 point');
  assert.equal(formatPoints(0), '0 points');
  assert.equal(formatPoints(212), '212 points');
});

test('points are counted the way the page\'s language counts', () => {
  inLanguage('pl', () => assert.deepEqual([1, 3, 5, 22].map(formatPoints), ['1 punkt', '3 punkty', '5 punktów', '22 punkty']));
  inLanguage('de', () => assert.deepEqual([1, 1200].map(formatPoints), ['1 Punkt', '1.200 Punkte']));
  inLanguage('th', () => assert.equal(formatPoints(1200), '1,200 คะแนน'));
  inLanguage('zh-Hant', () => assert.equal(formatPoints(3), '3 點'));
});

test('large balances are grouped the reader\'s way', () => {
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
  assert.equal(formatNumber(1234567, 'de'), '1.234.567');
  assert.equal(formatPoints(12000), '12,000 points');
});

test('without a locale, numbers follow the page\'s language', () => {
  inLanguage('de', () => assert.equal(formatNumber(1234567), '1.234.567'));
  inLanguage('pl', () => assert.equal(formatNumber(1234567).replace(/\s/g, ' '), '1 234 567'));
});

test('euros have two minor digits and are written from cents', () => {
  const money = moneyFormat('EUR', 'en');
  assert.equal(money.code, 'EUR');
  assert.equal(money.symbol, '€');
  assert.equal(money.digits, 2);
  assert.equal(money.zero, '0.00');
  assert.equal(money.format(1250), '€12.50');
  assert.equal(money.format(5), '€0.05');
});

test('money is written the way the page\'s language writes it', () => {
  inLanguage('de', () => {
    const money = moneyFormat('EUR');
    assert.equal(money.format(1250).replace(/\s/g, ' '), '12,50 €');
    assert.equal(money.zero, '0,00');
  });
  inLanguage('th', () => assert.equal(moneyFormat('THB').format(12050), '฿120.50'));
});

test('a currency without minor units is written from whole units', () => {
  const money = moneyFormat('JPY', 'en');
  assert.equal(money.digits, 0);
  assert.equal(money.zero, '0');
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

test('in Thai a date is written in the Buddhist era, in Chinese with its characters', () => {
  inLanguage('th', () => assert.equal(formatDate('2026-03-05T12:00:00'), '5 มี.ค. 2569'));
  inLanguage('zh-Hans', () => assert.equal(formatDate('2026-03-05T12:00:00'), '2026年3月5日'));
});
