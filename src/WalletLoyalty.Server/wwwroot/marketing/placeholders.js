// The placeholders a message may hold, filled in per member by the sender. No DOM here.

export const PLACEHOLDERS = ['{firstName}', '{points}', '{tier}'];

const PLACEHOLDER = /\{[^{}\s]*\}/g;

/** The placeholder-like words of a text that the sender will not fill in, each once. */
export function unknownPlaceholders(text) {
  return [...new Set(text.match(PLACEHOLDER) ?? [])].filter((p) => !PLACEHOLDERS.includes(p));
}

/**
 * A text cut into its plain runs and its placeholders, each placeholder with the sample's value for it:
 * [{ text: 'Hi ' }, { text: 'Alex', placeholder: '{firstName}' }]. A placeholder the sample lacks stays plain.
 */
export function fillIn(text, sample) {
  return text.split(/(\{[^{}\s]*\})/).filter(Boolean)
    .map((part) => (sample[part] === undefined ? { text: part } : { text: sample[part], placeholder: part }));
}
