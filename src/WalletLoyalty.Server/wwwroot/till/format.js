// How the till writes numbers, points, money and dates: in the page's language unless a locale is given.
// No DOM, so Node can import it.
import { pageLanguage, tn } from '../staff/texts.js';

export function formatNumber(n, locale = pageLanguage()) {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatPoints(n) {
  return tn('till.points', n);
}

export function formatDate(iso, locale = pageLanguage()) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * The store's currency: its code, symbol and number of minor digits, `format(minor)` to write an amount
 * given in minor units, and `zero` as the amount field's placeholder. A code the browser does not know is
 * written after a two-digit amount.
 */
export function moneyFormat(currency, locale = pageLanguage()) {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits;
    const symbol = format.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
    const zero = new Intl.NumberFormat(locale, { minimumFractionDigits: digits }).format(0);
    return { code: currency, digits, symbol, zero, format: (minor) => format.format(minor / 10 ** digits) };
  } catch {
    return { code: currency, digits: 2, symbol: currency, zero: '0.00', format: (minor) => `${(minor / 100).toFixed(2)} ${currency}` };
  }
}
