// The staff pages' texts in one language, as the server hands them to a page, for the modules under test.
import { readFileSync } from 'node:fs';
import { useTexts } from '../../../src/WalletLoyalty.Server/wwwroot/staff/texts.js';

const folder = new URL('../../../src/WalletLoyalty.Server/Languages/Texts/', import.meta.url);

export const SETS = ['staff', 'till', 'marketing'];

export function staffTexts(language) {
  return Object.assign({}, ...SETS.map((set) => JSON.parse(readFileSync(new URL(`${set}/${language}.json`, folder), 'utf8'))));
}

/** Runs `work` with the page in `language`, then puts English back. */
export function inLanguage(language, work) {
  useTexts(staffTexts(language), language);
  try {
    return work();
  } finally {
    useTexts(staffTexts('en'), 'en');
  }
}

useTexts(staffTexts('en'), 'en');
