import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillIn, unknownPlaceholders } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/placeholders.js';

const sample = { '{firstName}': 'Alex', '{points}': '240', '{tier}': 'Silver' };

test('the placeholders are filled in for the sample member, the rest stays as typed', () => {
  assert.deepEqual(fillIn('Hi {firstName}, you have {points} points.', sample), [
    { text: 'Hi ' }, { text: 'Alex', placeholder: '{firstName}' }, { text: ', you have ' },
    { text: '240', placeholder: '{points}' }, { text: ' points.' },
  ]);
  assert.deepEqual(fillIn('{tier}', sample), [{ text: 'Silver', placeholder: '{tier}' }]);
  assert.deepEqual(fillIn('No placeholder', sample), [{ text: 'No placeholder' }]);
});

test('a word in braces the sender does not know is left as typed', () => {
  assert.deepEqual(fillIn('Hi {name}', sample), [{ text: 'Hi ' }, { text: '{name}' }]);
  assert.deepEqual(fillIn('{ firstName }', sample), [{ text: '{ firstName }' }]);
});

test('unknown placeholders are named once each', () => {
  assert.deepEqual(unknownPlaceholders('Hi {name}, {name}! {points} {Tier}'), ['{name}', '{Tier}']);
  assert.deepEqual(unknownPlaceholders('Hi {firstName}'), []);
  assert.deepEqual(unknownPlaceholders('Plain text'), []);
});
