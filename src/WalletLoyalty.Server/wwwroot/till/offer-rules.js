// Which rewards and coupons the till lists, what it says about each, and why one cannot be redeemed.
// No DOM, so Node can import it.
import { formatDate, formatPoints } from './format.js';

/** Why the member cannot redeem a reward now, or '' when they can. */
export function rewardBlocker(reward, balance, locale) {
  if (reward.points > balance) return `Needs ${formatPoints(reward.points - balance, locale)} more`;
  return reward.available === false ? 'Not available at the moment' : '';
}

/** Why a coupon cannot be redeemed, or '' when it can. */
export function couponBlocker(coupon) {
  return coupon.status === 'active' ? '' : `This coupon is ${coupon.status}.`;
}

export function couponText(coupon, locale) {
  return [coupon.description, coupon.expiresAt ? `valid until ${formatDate(coupon.expiresAt, locale)}` : '']
    .filter(Boolean).join(' · ');
}

/**
 * The coupons to list for a card: the member's active ones, and when a coupon was scanned, that one first
 * whatever its status, so the cashier sees why it cannot be used.
 */
export function couponsToList(card) {
  const scannedId = card.kind === 'coupon' ? card.coupon.id : null;
  const coupons = scannedId
    ? [card.coupon, ...(card.coupons ?? []).filter((c) => c.id !== scannedId)]
    : card.coupons ?? [];
  return coupons.filter((c) => c.status === 'active' || c.id === scannedId);
}
