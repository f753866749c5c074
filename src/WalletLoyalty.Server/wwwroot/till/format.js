// How the till writes numbers, points, money and dates: in the browser's language unless a locale is given.
// No DOM, so Node can import it.

export function formatNumber(n, locale) {
  return new Intl.NumberFormat(locale).format(n);
}

export function formatPoints(n, locale) {
  return `${formatNumber(n, locale)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
}

export function formatDate(iso, locale) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/**
 * The store's currency: its code, symbol and number of minor digits, and `format(minor)` to write an amount
 * given in minor units. A code the browser does not know is written after a two-digit amount.
 */
export function moneyFormat(currency, locale) {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits;
    const symbol = format.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
    return { code: currency, digits, symbol, format: (minor) => format.format(minor / 10 ** digits) };
  } catch {
    return { code: currency, digits: 2, symbol: currency, format: (minor) => `${(minor / 100).toFixed(2)} ${currency}` };
  }
}
