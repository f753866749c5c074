// Reading the editor's boxes and choices, and finding the box an error is about.
import { t } from '../staff/texts.js';
import { el } from './dom.js';

/** The whole number in a box, null when it is empty; anything else is an error for `path`. */
export function whole(id, path, min, errors) {
  const input = el(id);
  const raw = input.value.trim();
  if (!raw && !input.validity.badInput) return null;
  const n = Number(raw);
  if (input.validity.badInput || !Number.isInteger(n) || n < min) {
    errors.push({ path, message: t('marketing.whole-number', { min }) });
    return null;
  }
  return n;
}

/** "Gold, Silver," → ["Gold", "Silver"] */
export const commaList = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);

export const checked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value);

export function setChecked(name, values) {
  document.querySelectorAll(`input[name=${name}]`).forEach((i) => { i.checked = values.includes(i.value); });
}

// API paths may come as "message.title", "Message.Title" or "$.message.title".
export function fieldFor(path) {
  const key = path.replace(/^\$\./, '').toLowerCase();
  const fields = [...el('campaign-form').querySelectorAll('[data-path]')];
  return fields.find((f) => f.dataset.path.toLowerCase() === key) ?? fields.find((f) => f.dataset.path.toLowerCase().startsWith(`${key}.`)) ?? null;
}
