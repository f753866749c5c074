// The page's fixed texts in its language, looked up by key with their {placeholders} filled in. No DOM here:
// the page hands its texts over (page-texts.js), a Node test a language's files.

let texts = {};
let language = 'en';

/** Uses these texts, written in this language (the tag of <html lang>), from now on. */
export function useTexts(dictionary, tag) {
  texts = dictionary;
  language = tag;
}

/** The page's language, for Intl. */
export const pageLanguage = () => language;

/** A text with its placeholders filled in: t('till.scan.card-found', { name: 'Alex' }). */
export function t(key, values = {}) {
  return fill(lookUp(key), values);
}

/**
 * A counted text in the form the language's plural rules pick for `count` (key.one, key.few, … else key.other),
 * with {count} written the language's way: tn('till.points', 3) is "3 points", in Polish "3 punkty".
 */
export function tn(key, count, values = {}) {
  const form = `${key}.${new Intl.PluralRules(language).select(count)}`;
  const template = Object.hasOwn(texts, form) ? texts[form] : lookUp(`${key}.other`);
  return fill(template, { count: new Intl.NumberFormat(language).format(count), ...values });
}

/** Each {name} that `values` has is replaced by its value; any other brace stays as written. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (placeholder, name) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}

// A missing text shows as its key, which a reader can report; the start-up check keeps every language complete.
function lookUp(key) {
  if (Object.hasOwn(texts, key)) return texts[key];
  console.error(`No page text '${key}'`);
  return key;
}
