import { test } from 'node:test';
import assert from 'node:assert/strict';
import { couponBlocker, couponsToList, couponText, rewardBlocker } from '../../../src/WalletLoyalty.Server/wwwroot/till/offer-rules.js';
import { inLanguage } from '../staff/language.js';

const coupon = (id, status = 'active', extra = {}) => ({ id, codeEnding: `${id}XYZ`, title: `Coupon ${id}`, status, ...extra });

test('a reward the member cannot afford says how many points are missing', () => {
  assert.equal(rewardBlocker({ points: 200 }, 12), 'Needs 188 points more');
  assert.equal(rewardBlocker({ points: 200 }, 199), 'Needs 1 point more');
});

test('the missing points are said as the language counts them', () => {
  inLanguage('pl', () => assert.deepEqual([199, 198, 12].map((balance) => rewardBlocker({ points: 200 }, balance)),
    ['Brakuje 1 punktu', 'Brakuje 2 punktów', 'Brakuje 188 punktów']));
  inLanguage('de', () => assert.deepEqual([199, 12].map((balance) => rewardBlocker({ points: 200 }, balance)),
    ['Es fehlt noch 1 Punkt', 'Es fehlen noch 188 Punkte']));
  inLanguage('th', () => assert.equal(rewardBlocker({ points: 200 }, 12), 'ขาดอีก 188 คะแนน'));
});

test('an affordable reward may be redeemed unless it is unavailable', () => {
  assert.equal(rewardBlocker({ points: 200 }, 200), '');
  assert.equal(rewardBlocker({ points: 200, available: true }, 500), '');
  assert.equal(rewardBlocker({ points: 200, available: false }, 500), 'Not available at the moment');
});

test('missing points are named before unavailability', () => {
  assert.equal(rewardBlocker({ points: 200, available: false }, 0), 'Needs 200 points more');
});

test('only an active coupon may be redeemed', () => {
  assert.equal(couponBlocker(coupon('a')), '');
  assert.equal(couponBlocker(coupon('a', 'redeemed')), 'This coupon has already been redeemed.');
  assert.equal(couponBlocker(coupon('a', 'expired')), 'This coupon has expired.');
  assert.equal(couponBlocker(coupon('a', 'void')), 'This coupon was withdrawn.');
  assert.equal(couponBlocker(coupon('a', 'frozen')), 'This coupon cannot be used (frozen).');
});

test('a coupon is described with its end date when it has one', () => {
  assert.equal(couponText(coupon('a', 'active', { description: 'On any cake', expiresAt: '2026-03-05T12:00:00' }), 'en-GB'),
    'On any cake · valid until 5 Mar 2026');
  assert.equal(couponText(coupon('a', 'active', { description: 'On any cake' }), 'en-GB'), 'On any cake');
  assert.equal(couponText(coupon('a', 'active', { expiresAt: '2026-03-05T12:00:00' }), 'en-GB'), 'valid until 5 Mar 2026');
  assert.equal(couponText(coupon('a'), 'en-GB'), '');
});

test('a coupon\'s end date is written in the page\'s language', () => {
  const cake = coupon('a', 'active', { description: 'Na każde ciasto', expiresAt: '2026-03-05T12:00:00' });
  inLanguage('pl', () => assert.equal(couponText(cake), 'Na każde ciasto · ważny do 5 mar 2026'));
  inLanguage('th', () => assert.equal(couponText({ ...cake, description: '' }), 'ใช้ได้ถึง 5 มี.ค. 2569'));
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
