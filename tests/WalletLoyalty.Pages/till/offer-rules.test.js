import { test } from 'node:test';
import assert from 'node:assert/strict';
import { couponBlocker, couponsToList, couponText, rewardBlocker } from '../../../src/WalletLoyalty.Server/wwwroot/till/offer-rules.js';

const coupon = (id, status = 'active', extra = {}) => ({ id, codeEnding: `${id}XYZ`, title: `Coupon ${id}`, status, ...extra });

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
  const card = { kind: 'member', coupons: [coupon(1), coupon(2, 'redeemed'), coupon(3)] };
  assert.deepEqual(couponsToList(card).map((c) => c.id), [1, 3]);
  assert.deepEqual(couponsToList({ kind: 'member' }), []);
});

test('a scanned coupon comes first, once, even when it can no longer be used', () => {
  const scanned = coupon(2, 'redeemed');
  const card = { kind: 'coupon', coupon: scanned, coupons: [coupon(1), coupon(2, 'redeemed'), coupon(3, 'expired')] };
  assert.deepEqual(couponsToList(card).map((c) => c.id), [2, 1]);
  assert.equal(couponsToList(card)[0], scanned);
});
