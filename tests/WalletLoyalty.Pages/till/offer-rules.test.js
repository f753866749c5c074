import { test } from 'node:test';
import assert from 'node:assert/strict';
import { couponBlocker, couponsToList, couponText, rewardBlocker } from '../../../src/WalletLoyalty.Server/wwwroot/till/offer-rules.js';

const coupon = (code, status = 'active', extra = {}) => ({ code, title: `Coupon ${code}`, status, ...extra });

test('a reward the member cannot afford says how many points are missing', () => {
  assert.equal(rewardBlocker({ points: 200 }, 12, 'en'), 'Needs 188 points more');
  assert.equal(rewardBlocker({ points: 200 }, 199, 'en'), 'Needs 1 point more');
});

test('an affordable reward may be redeemed unless it is unavailable', () => {
  assert.equal(rewardBlocker({ points: 200 }, 200, 'en'), '');
  assert.equal(rewardBlocker({ points: 200, available: true }, 500, 'en'), '');
  assert.equal(rewardBlocker({ points: 200, available: false }, 500, 'en'), 'Not available at the moment');
});

test('missing points are named before unavailability', () => {
  assert.equal(rewardBlocker({ points: 200, available: false }, 0, 'en'), 'Needs 200 points more');
});

test('only an active coupon may be redeemed', () => {
  assert.equal(couponBlocker(coupon('a')), '');
  assert.equal(couponBlocker(coupon('a', 'redeemed')), 'This coupon is redeemed.');
  assert.equal(couponBlocker(coupon('a', 'expired')), 'This coupon is expired.');
});

test('a coupon is described with its end date when it has one', () => {
  assert.equal(couponText(coupon('a', 'active', { description: 'On any cake', expiresAt: '2026-03-05T12:00:00' }), 'en-GB'),
    'On any cake · valid until 5 Mar 2026');
  assert.equal(couponText(coupon('a', 'active', { description: 'On any cake' }), 'en-GB'), 'On any cake');
  assert.equal(couponText(coupon('a', 'active', { expiresAt: '2026-03-05T12:00:00' }), 'en-GB'), 'valid until 5 Mar 2026');
  assert.equal(couponText(coupon('a'), 'en-GB'), '');
});

test('a member card lists only the active coupons, in their order', () => {
  const card = { kind: 'member', coupons: [coupon('a'), coupon('b', 'redeemed'), coupon('c')] };
  assert.deepEqual(couponsToList(card).map((c) => c.code), ['a', 'c']);
  assert.deepEqual(couponsToList({ kind: 'member' }), []);
});

test('a scanned coupon comes first, once, even when it can no longer be used', () => {
  const scanned = coupon('b', 'redeemed');
  const card = { kind: 'coupon', coupon: scanned, coupons: [coupon('a'), coupon('b', 'redeemed'), coupon('c', 'expired')] };
  assert.deepEqual(couponsToList(card).map((c) => c.code), ['b', 'a']);
  assert.equal(couponsToList(card)[0], scanned);
});
