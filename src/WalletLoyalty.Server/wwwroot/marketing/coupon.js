// The coupon attached to a campaign's message, if any: its fields and their value in the program's currency.
import { t } from '../staff/texts.js';
import { el } from './dom.js';
import { whole } from './fields.js';
import { fromMinor, toMinor } from './money.js';
import { state } from './state.js';

export function wireCoupon() {
  el('coupon-on').addEventListener('change', () => {
    el('coupon-fields').hidden = !el('coupon-on').checked;
    if (el('coupon-on').checked) el('coupon-title').focus();
  });
}

export function fillCoupon(coupon) {
  el('coupon-on').checked = Boolean(coupon);
  el('coupon-fields').hidden = !coupon;
  el('coupon-title').value = coupon?.title ?? '';
  el('coupon-description').value = coupon?.description ?? '';
  el('coupon-value').value = coupon?.valueMinor === null || coupon?.valueMinor === undefined ? '' : fromMinor(coupon.valueMinor, state.program.currency);
  el('coupon-days').value = coupon?.validDays ?? 7;
}

export function readCoupon(errors, complete) {
  const title = el('coupon-title').value.trim();
  if (complete && !title) errors.push({ path: 'coupon.title', message: t('marketing.coupon.needs-title') });
  const value = toMinor(el('coupon-value').value, state.program.currency);
  if (value.error) errors.push({ path: 'coupon.valueMinor', message: value.error });
  return {
    title, description: el('coupon-description').value.trim(), valueMinor: value.valueMinor ?? null,
    validDays: whole('coupon-days', 'coupon.validDays', 1, errors) ?? 7,
  };
}
