// A message's translations, between the API's { pl: { title, body } } and what the marketer typed per language.
import { t } from '../staff/texts.js';

/**
 * The translations a marketer typed: a language left empty is left out (its members get the English
 * message), one with only a title or only a text is a mistake the form names.
 */
export function collectTranslations(typed, errors) {
  const translations = {};
  for (const { language, title, body } of typed) {
    if (!title && !body) continue;
    if (!title) errors.push({ path: `message.translations.${language}.title`, message: t('marketing.message.translation-needs-title') });
    if (!body) errors.push({ path: `message.translations.${language}.body`, message: t('marketing.message.translation-needs-body') });
    translations[language] = { title, body };
  }
  return Object.keys(translations).length ? translations : null;
}
