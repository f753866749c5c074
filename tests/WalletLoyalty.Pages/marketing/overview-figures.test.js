import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeOf, figureText, labelEvery, money, niceScale } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/overview-figures.js';
import { inLanguage } from '../staff/language.js';

const spaces = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('money is minor units in the currency, written the language way', () => {
  assert.equal(money(79345, 'EUR', { locale: 'en-US' }), '€793.45');
  assert.equal(spaces(money(79345, 'EUR', { locale: 'de-DE' })), '793,45 €');
  assert.equal(money(1500, 'JPY', { locale: 'en-US' }), '¥1,500');
  assert.equal(money(120000, 'EUR', { compact: true, locale: 'en-US' }), '€1.2K');
  assert.equal(money(null, 'EUR'), '–');
});

test('counts and money change in percent of before, rates in percentage points', () => {
  assert.deepEqual(changeOf(43, 32, 'count', 'en-US'), { direction: 'up', text: '+34.4%' });
  assert.deepEqual(changeOf(1845, 1956, 'money', 'en-US'), { direction: 'down', text: '-5.7%' });
  assert.deepEqual(changeOf(0.075, 0, 'rate', 'en-US'), { direction: 'up', text: '+7.5 pts' });
  inLanguage('de', () => assert.deepEqual(changeOf(0.5, 0.25, 'rate', 'de-DE'), { direction: 'up', text: '+25 Pp.' }));
});

test('nothing before, or no figure, is no change to show; the same figure is no change', () => {
  assert.equal(changeOf(5, 0, 'count'), null);
  assert.equal(changeOf(null, 0.2, 'rate'), null);
  assert.equal(changeOf(4, undefined, 'count'), null);
  assert.deepEqual(changeOf(4, 4, 'count'), { direction: 'flat', text: 'no change' });
  assert.deepEqual(changeOf(0, 0, 'money'), { direction: 'flat', text: 'no change' });
});

test('a figure is written as its kind', () => {
  assert.equal(figureText(1234, 'count', 'EUR', 'en-US'), '1,234');
  assert.equal(figureText(0.075, 'rate', 'EUR', 'en-US'), '7.5%');
  assert.equal(figureText(1234, 'money', 'EUR', 'en-US'), '€12.34');
});

test('the scale tops the highest value at a round number with even gridlines', () => {
  assert.deepEqual(niceScale(680), { top: 800, ticks: [0, 200, 400, 600, 800] });
  assert.deepEqual(niceScale(43), { top: 60, ticks: [0, 20, 40, 60] });
  assert.deepEqual(niceScale(0), { top: 1, ticks: [0, 1] });
  assert.deepEqual(niceScale(1), { top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
});

test('labels under narrow columns skip enough columns to fit', () => {
  assert.equal(labelEvery(80), 1);
  assert.equal(labelEvery(30), 2);
  assert.equal(labelEvery(10), 6);
});
