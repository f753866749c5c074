import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answersQuery, bandOf } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/survey-query.js';

test('nine and ten promote, seven and eight are passive, six and below detract', () => {
  assert.deepEqual([10, 9, 8, 7, 6, 0].map(bandOf), ['promoter', 'promoter', 'passive', 'passive', 'detractor', 'detractor']);
});

test('the query carries the page and only the filters that are set', () => {
  assert.equal(answersQuery({ q: '', score: '', from: '', to: '', page: 1 }).toString(), 'page=1');
  assert.equal(answersQuery({ q: 'slow queue', score: 'detractor', from: '2026-03-01', to: '', page: 2 }).toString(),
    'page=2&q=slow+queue&score=detractor&from=2026-03-01');
});
