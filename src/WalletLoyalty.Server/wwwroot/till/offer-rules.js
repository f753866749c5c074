// Which rewards and coupons the till lists, what it says about each, and why one cannot be redeemed.
// No DOM, so Node can import it.
import { t, tn } from '../staff/texts.js';
import { formatDate } from './format.js';

const COUPON_BLOCKERS = { redeemed: 'till.coupon.used', expired: 'till.coupon.expired', void: 'till.coupon.withdrawn' };

/** Why the member cannot redeem a reward now, or '' when they can. */
export function rewardBlocker(reward, balance) {
  if (reward.points > balance) return tn('till.reward.needs', reward.points - balance);
  return reward.available === false ? t('till.reward.unavailable') : '';
}

/** Why a coupon cannot be redeemed, or '' when it can. */
export function couponBlocker(coupon) {
  if (coupon.status === 'active') return '';
  return COUPON_BLOCKERS[coupon.status] ? t(COUPON_BLOCKERS[coupon.status]) : t('till.coupon.not-usable', { status: coupon.status });
}

export function couponText(coupon, locale) {
  return [coupon.description, coupon.expiresAt ? t('till.coupon.valid-until', { date: formatDate(coupon.expiresAt, locale) }) : '']
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
