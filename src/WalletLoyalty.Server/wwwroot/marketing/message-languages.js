// The editor's fields for the message in other languages.
import { collectTranslations } from './translations.js';

const fieldsets = () => [...document.querySelectorAll('#message-translations fieldset[data-language]')];

export function fillTranslations(message) {
  const translations = message?.translations ?? {};
  for (const fieldset of fieldsets()) {
    const text = translations[fieldset.dataset.language];
    fieldset.querySelector('input').value = text?.title ?? '';
    fieldset.querySelector('textarea').value = text?.body ?? '';
  }
  document.getElementById('message-translations').open = Object.keys(translations).length > 0;
}

export function readTranslations(errors) {
  const typed = fieldsets().map((fieldset) => ({
    language: fieldset.dataset.language,
    title: fieldset.querySelector('input').value.trim(),
    body: fieldset.querySelector('textarea').value.trim(),
  }));
  return collectTranslations(typed, errors);
}
