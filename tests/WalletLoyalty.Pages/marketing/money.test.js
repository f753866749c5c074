import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currencyDigits, fromMinor, toMinor } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/money.js';
import { inLanguage } from '../staff/language.js';

test('each currency has its own number of decimals', () => {
  assert.equal(currencyDigits('EUR'), 2);
  assert.equal(currencyDigits('JPY'), 0);
  assert.equal(currencyDigits('BHD'), 3);
  assert.equal(currencyDigits(null), 2); // the default, EUR
  assert.equal(currencyDigits('not a currency'), 2);
});

test('minor units are shown in the currency', () => {
  assert.equal(fromMinor(1250, 'EUR'), '12.50');
  assert.equal(fromMinor(5, 'EUR'), '0.05');
  assert.equal(fromMinor(500, 'JPY'), '500');
  assert.equal(fromMinor(1234, 'BHD'), '1.234');
});

test('in a language with a decimal comma the box shows one, and what it shows is read back', () => {
  inLanguage('pl', () => {
    assert.equal(fromMinor(1250, 'EUR'), '12,50');
    assert.deepEqual(toMinor(fromMinor(123456, 'EUR'), 'EUR'), { valueMinor: 123456 });
    assert.deepEqual(toMinor('12.345', 'EUR'), { error: 'Wpisz kwotę, np. 12,50.' });
  });
});

test('an amount typed with a comma or a point becomes minor units', () => {
  assert.deepEqual(toMinor('12,5', 'EUR'), { valueMinor: 1250 });
  assert.deepEqual(toMinor(' 12.50 ', 'EUR'), { valueMinor: 1250 });
  assert.deepEqual(toMinor('7', 'EUR'), { valueMinor: 700 });
  assert.deepEqual(toMinor('500', 'JPY'), { valueMinor: 500 });
  assert.deepEqual(toMinor('1.234', 'BHD'), { valueMinor: 1234 });
});

test('amounts that binary floating point cannot hold exactly still come out in whole cents', () => {
  assert.deepEqual(toMinor('19.99', 'EUR'), { valueMinor: 1999 });
  assert.deepEqual(toMinor('0.29', 'EUR'), { valueMinor: 29 });
  assert.deepEqual(toMinor('1.15', 'EUR'), { valueMinor: 115 });
});

test('an empty box is no value', () => {
  assert.deepEqual(toMinor('', 'EUR'), { valueMinor: null });
  assert.deepEqual(toMinor('   ', 'EUR'), { valueMinor: null });
});

test('what is not an amount of the currency is refused with an example', () => {
  assert.deepEqual(toMinor('12.345', 'EUR'), { error: 'Enter an amount like 12.50.' });
  assert.deepEqual(toMinor('-5', 'EUR'), { error: 'Enter an amount like 12.50.' });
  assert.deepEqual(toMinor('5 €', 'EUR'), { error: 'Enter an amount like 12.50.' });
  assert.deepEqual(toMinor('1,000.50', 'EUR'), { error: 'Enter an amount like 12.50.' });
  assert.ok(toMinor('5.5', 'JPY').error);
});
