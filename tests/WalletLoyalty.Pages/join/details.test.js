import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemsOf } from '../../../src/WalletLoyalty.Server/wwwroot/join/details.js';

const today = '2026-12-03';

test('nothing typed is nothing wrong: every detail is optional', () => {
  assert.deepEqual(problemsOf({ name: '', email: '', phone: '', birthday: '' }, today), []);
});

test('well-formed details pass', () => {
  assert.deepEqual(problemsOf({ email: 'alex@example.com', phone: '0171 234 5678', birthday: '1990-02-28' }, today), []);
});

test('an address without a domain, a phone with letters or too few digits, and an impossible date are named', () => {
  assert.deepEqual(problemsOf({ email: 'alex@', phone: '0171 CALL ME', birthday: '1990-02-30' }, today), ['email', 'phone', 'birthday']);
  assert.deepEqual(problemsOf({ phone: '12 34' }, today), ['phone']);
});

test('a birthday in the future or before 1900 is refused, today is fine', () => {
  assert.deepEqual(problemsOf({ birthday: '2026-12-04' }, today), ['birthday']);
  assert.deepEqual(problemsOf({ birthday: '1899-12-31' }, today), ['birthday']);
  assert.deepEqual(problemsOf({ birthday: today }, today), []);
});

test('a half-typed date the browser cannot read is named', () => {
  assert.deepEqual(problemsOf({ birthday: '', birthdayUnreadable: true }, today), ['birthday']);
});
