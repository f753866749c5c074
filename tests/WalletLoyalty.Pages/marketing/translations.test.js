import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectTranslations } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/translations.js';
import '../staff/language.js';

test('a language typed in full becomes a translation, an empty one is left out', () => {
  const errors = [];
  const translations = collectTranslations([
    { language: 'pl', title: 'Cześć {firstName}', body: 'Świeży chleb' },
    { language: 'th', title: '', body: '' },
  ], errors);

  assert.deepEqual(translations, { pl: { title: 'Cześć {firstName}', body: 'Świeży chleb' } });
  assert.deepEqual(errors, []);
});

test('nothing typed in any language sends no translations at all', () => {
  assert.equal(collectTranslations([{ language: 'de', title: '', body: '' }], []), null);
});

test('a title without its text is named, at the path the API would name', () => {
  const errors = [];
  collectTranslations([{ language: 'zh-Hant', title: '您好', body: '' }], errors);

  assert.deepEqual(errors.map((e) => e.path), ['message.translations.zh-Hant.body']);
});
