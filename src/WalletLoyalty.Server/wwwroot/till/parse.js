// Reading what the cashier types or the scanner sends. No DOM, so Node can import it.

/**
 * The amount typed, in integer minor units of `money` (from moneyFormat), or null when it is not an amount.
 * It is parsed as text: "12,50" and "12.50" both become 1250, with no float in between. The currency's code or
 * symbol may come before or after the number.
 */
export function parseAmount(text, { code, symbol, digits }) {
  let t = text.replace(/\s/g, '');
  for (const mark of [code, symbol]) {
    if (t.toUpperCase().startsWith(mark.toUpperCase())) t = t.slice(mark.length);
    else if (t.toUpperCase().endsWith(mark.toUpperCase())) t = t.slice(0, t.length - mark.length);
  }
  const match = /^(\d{0,7})(?:[.,](\d*))?$/.exec(t);
  if (!match || !/\d/.test(t)) return null;
  const [, whole, fraction = ''] = match;
  if (fraction.length > digits) return null;
  return Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

// A scanner aimed at the till while the amount field has the focus types a card code there: treat it as a scan.
export function looksLikeCard(text) {
  return /^[A-Za-z][A-Za-z0-9_-]{5,}$/.test(text) || /^\d{10}$/.test(text.replace(/\s/g, ''));
}

/** A member number as the API takes it: the spaces it is printed with taken out. */
export function compactMemberNumber(number) {
  return number.replace(/\s/g, '');
}
