// Numbers as the dashboard writes them. No DOM here, so these run anywhere.

const numberFormats = new Map();

function numberFormat(locale) {
  const key = locale ?? '';
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(locale));
  return numberFormats.get(key);
}

/** A count grouped as the reader's locale (or the one given) groups it; a dash where there is nothing to count. */
export const num = (n, locale) => (n === null || n === undefined ? '–' : numberFormat(locale).format(n));

/** A part of a whole in percent, to one decimal unless it is none or all of it. */
export const percent = (part, whole) => (whole ? `${(100 * part / whole).toFixed(part === whole || part === 0 ? 0 : 1)} %` : '–');

/** A rate between 0 and 1 in percent, to one decimal. */
export const rate = (r) => (r === null || r === undefined ? '–' : `${(100 * r).toFixed(1)} %`);

/** The total of some counts; a missing one counts as none. */
export const sum = (values) => values.reduce((total, v) => total + (v ?? 0), 0);

export const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : many}`;

/** A campaign name as a file name: "Friday 20 % for Gold" → "friday-20-for-gold", "Crème" → "creme". */
export function slug(text) {
  // Decomposed, an accented letter is the letter and a combining mark, and only the mark is dropped.
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'campaign';
}
