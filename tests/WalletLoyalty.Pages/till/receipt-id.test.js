import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestReceiptId } from '../../../src/WalletLoyalty.Server/wwwroot/till/receipt-id.js';

test('the suggestion carries the local date and time and a three-character tag', () => {
  assert.equal(suggestReceiptId(new Date(2026, 2, 5, 9, 7), 46655), 'R-0305-0907-ZZZ');
});

test('a small random number is padded to three characters', () => {
  assert.equal(suggestReceiptId(new Date(2026, 11, 24, 18, 30), 0), 'R-1224-1830-000');
  assert.equal(suggestReceiptId(new Date(2026, 11, 24, 18, 30), 35), 'R-1224-1830-00Z');
});

test('a large random number keeps only its last three characters', () => {
  assert.equal(suggestReceiptId(new Date(2026, 0, 1, 0, 0), 65535), 'R-0101-0000-EKF'); // 65535 is 1EKF in base 36
});

test('by default it uses the clock and a random tag', () => {
  assert.match(suggestReceiptId(), /^R-\d{4}-\d{4}-[0-9A-Z]{3}$/);
});
