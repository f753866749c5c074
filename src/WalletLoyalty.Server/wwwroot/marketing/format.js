// Numbers as the dashboard writes them, in the page's language unless a locale is given. No DOM here, so these run anywhere.
import { pageLanguage } from '../staff/texts.js';

const formats = new Map();

function numberFormat(locale, options = {}) {
  const key = `${locale} ${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.NumberFormat(locale, options));
  return formats.get(key);
}

const fraction = (digits) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A count grouped as the language groups it; a dash where there is nothing to count. */
export const num = (n, locale = pageLanguage()) => (n === null || n === undefined ? '–' : numberFormat(locale).format(n));

/** A part of a whole in percent, to one decimal unless it is none or all of it. */
export const percent = (part, whole, locale = pageLanguage()) => (whole
  ? numberFormat(locale, { style: 'percent', ...fraction(part === whole || part === 0 ? 0 : 1) }).format(part / whole)
  : '–');

/** A rate between 0 and 1 in percent, to one decimal. */
export const rate = (r, locale = pageLanguage()) => (r === null || r === undefined ? '–' : numberFormat(locale, { style: 'percent', ...fraction(1) }).format(r));

/** A whole number of percent (10 → "10%", in German "10 %"). */
export const wholePercent = (n, locale = pageLanguage()) => numberFormat(locale, { style: 'percent', ...fraction(0) }).format(n / 100);

/** A number to a fixed count of decimals, without grouping, as an input box holds it. */
export const decimal = (n, digits, locale = pageLanguage()) => numberFormat(locale, { ...fraction(digits), useGrouping: false }).format(n);

/** The total of some counts; a missing one counts as none. */
export const sum = (values) => values.reduce((total, v) => total + (v ?? 0), 0);

/** A campaign name as a file name: "Friday 20 % for Gold" → "friday-20-for-gold", "Crème" → "creme". */
export function slug(text) {
  // Decomposed, an accented letter is the letter and a combining mark, and only the mark is dropped.
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'campaign';
}
