import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactMemberNumber, looksLikeCard, parseAmount } from '../../../src/WalletLoyalty.Server/wwwroot/till/parse.js';

const euro = { code: 'EUR', symbol: '€', digits: 2 };
const yen = { code: 'JPY', symbol: '¥', digits: 0 };

test('a decimal point and a decimal comma give the same cents', () => {
  assert.equal(parseAmount('12.50', euro), 1250);
  assert.equal(parseAmount('12,50', euro), 1250);
});

test('missing decimals are filled in, without floating-point rounding', () => {
  assert.equal(parseAmount('40', euro), 4000);
  assert.equal(parseAmount('12.5', euro), 1250);
  assert.equal(parseAmount('12.', euro), 1200);
  assert.equal(parseAmount(',99', euro), 99);
  assert.equal(parseAmount('0.29', euro), 29);
  assert.equal(parseAmount('1234567.89', euro), 123456789);
});

test('the currency code or symbol may be typed before or after the amount, with spaces', () => {
  assert.equal(parseAmount('€ 12,50', euro), 1250);
  assert.equal(parseAmount('12.50€', euro), 1250);
  assert.equal(parseAmount('eur 7', euro), 700);
  assert.equal(parseAmount('7 EUR', euro), 700);
  assert.equal(parseAmount('1 250', euro), 125000);
});

test('more decimals than the currency has are refused, not rounded', () => {
  assert.equal(parseAmount('12.505', euro), null);
  assert.equal(parseAmount('12.5', yen), null);
  assert.equal(parseAmount('1250', yen), 1250);
});

test('what is not an amount is refused', () => {
  for (const text of ['', '.', 'abc', '12.50.1', '1,234.50', '-5', '12a', '12345678', '$12']) {
    assert.equal(parseAmount(text, euro), null, text);
  }
});

test('a card code or member number typed into the amount is recognised as a card', () => {
  assert.equal(looksLikeCard('Wq3f-9ZkP_x'), true);
  assert.equal(looksLikeCard('1234567890'), true);
  assert.equal(looksLikeCard('123 456 7890'), true);
});

test('an amount or a short word is not taken for a card', () => {
  assert.equal(looksLikeCard('12.50'), false);
  assert.equal(looksLikeCard('123456789'), false);
  assert.equal(looksLikeCard('12345678901'), false);
  assert.equal(looksLikeCard('abc12'), false);
  assert.equal(looksLikeCard('9abcdefg'), false);
});

test('a printed member number loses its spaces', () => {
  assert.equal(compactMemberNumber('123 456 7890'), '1234567890');
  assert.equal(compactMemberNumber('1234567890'), '1234567890');
});
