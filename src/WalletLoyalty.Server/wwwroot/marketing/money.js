// Coupon values travel in minor units (cents); the marketer reads and types them in the program's currency,
// with the decimal sign of the page's language or a point. No DOM here.
import { t } from '../staff/texts.js';
import { decimal } from './format.js';

/** How many decimals the currency has: 2 for EUR, 0 for JPY, 3 for BHD; 2 for a code Intl does not know. */
export function currencyDigits(currency) {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency ?? 'EUR' }).resolvedOptions().maximumFractionDigits;
  } catch {
    return 2;
  }
}

/** 1250 cents → "12.50" (in German "12,50"), as the value box shows it. */
export function fromMinor(minor, currency) {
  const digits = currencyDigits(currency);
  return decimal(minor / 10 ** digits, digits);
}

/**
 * What the marketer typed as an amount: "12,5" and "12.50" are both 1250 cents. An empty box is no value
 * (valueMinor null); anything else that is not an amount comes back as an error to show by the box.
 */
export function toMinor(text, currency) {
  const raw = text.trim().replace(',', '.');
  if (!raw) return { valueMinor: null };
  const digits = currencyDigits(currency);
  if (!new RegExp(`^\\d+(\\.\\d{0,${digits}})?$`).test(raw)) return { error: t('marketing.amount-example', { example: decimal(12.5, digits) }) };
  return { valueMinor: Math.round(Number(raw) * 10 ** digits) };
}
