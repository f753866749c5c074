import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SETS, staffTexts } from './language.js';

const wwwroot = new URL('../../../src/WalletLoyalty.Server/wwwroot/', import.meta.url);

// Every quoted 'till.…', 'marketing.…' or 'staff.…' in the pages' modules is a key; keys are never built from pieces.
function keysInScripts() {
  return SETS.flatMap((folder) => readdirSync(new URL(`${folder}/`, wwwroot)).filter((f) => f.endsWith('.js')).flatMap((file) => {
    const source = readFileSync(new URL(`${folder}/${file}`, wwwroot), 'utf8');
    return [...source.matchAll(/'((?:staff|till|marketing)\.[A-Za-z0-9.-]+)'/g)].map((m) => ({ key: m[1], file: `${folder}/${file}` }));
  }));
}

test('every text the scripts ask for is in the English texts', () => {
  const english = staffTexts('en');
  const keys = keysInScripts();
  assert.ok(keys.length > 200, `only ${keys.length} keys found: the pattern no longer matches the scripts`);
  const missing = keys.filter(({ key }) => !(key in english) && !(`${key}.other` in english));
  assert.deepEqual(missing, []);
});
