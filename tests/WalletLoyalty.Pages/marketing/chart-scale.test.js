import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMN_CHART, barLength, columnLayout, rateScaleMax } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/chart-scale.js';

const PLOT = COLUMN_CHART.height - COLUMN_CHART.top - COLUMN_CHART.bottom;

test('the highest column fills the plot and the others are to scale', () => {
  const { baseline, bars } = columnLayout([200, 150, 50, 0], 400);
  assert.equal(baseline, COLUMN_CHART.top + PLOT);
  assert.deepEqual(bars.map((b) => b.height), [PLOT, PLOT * 0.75, PLOT * 0.25, 0]);
  assert.deepEqual(bars.map((b) => b.y), bars.map((b) => baseline - b.height));
});

test('columns sit in equal slots, centred, no wider than 44 px', () => {
  const { bars } = columnLayout([1, 2, 3, 4], 400);
  assert.deepEqual(bars.map((b) => b.center), [50, 150, 250, 350]);
  assert.deepEqual(bars.map((b) => b.width), [44, 44, 44, 44]);
  assert.equal(bars[0].x, 28);
});

test('in a narrow chart the columns take 60 % of their slot', () => {
  const { bars } = columnLayout([1, 2, 3, 4], 160);
  assert.deepEqual(bars.map((b) => b.width), [24, 24, 24, 24]);
  assert.deepEqual(bars.map((b) => b.center), [20, 60, 100, 140]);
  assert.ok(bars.every((b) => b.x >= 0 && b.x + b.width <= 160));
});

test('a count far below the highest still shows as a sliver, and none shows as nothing', () => {
  const { bars } = columnLayout([100000, 1, 0, 3], 400);
  assert.equal(bars[1].height, 2);
  assert.equal(bars[2].height, 0);
  assert.equal(bars[3].height, 2);
});

test('with nothing sent every column stays flat on the baseline', () => {
  const { baseline, bars } = columnLayout([0, 0, 0, 0], 300);
  assert.ok(bars.every((b) => b.height === 0 && b.y === baseline));
});

test('a single count of one fills the plot rather than dividing by zero', () => {
  const { bars } = columnLayout([1, 0, 0, 0], 300);
  assert.equal(bars[0].height, PLOT);
});

test('the rate scale leaves room above the higher rate and never falls below 1 %', () => {
  assert.equal(rateScaleMax([0.2, 0.1]), 0.2 * 1.15);
  assert.equal(rateScaleMax([0.05, 0.4]), 0.4 * 1.15);
  assert.equal(rateScaleMax([0, null]), 0.01 * 1.15);
  assert.equal(rateScaleMax([0.001]), 0.01 * 1.15);
});

test('a rate bar never reaches the end of its track', () => {
  const max = rateScaleMax([0.3, 0.2]);
  const width = 300;
  assert.ok(barLength(0.3, max, width) < width);
  assert.ok(Math.abs(barLength(0.3, max, width) - width / 1.15) < 1e-9);
  assert.ok(Math.abs(barLength(0.2, max, width) / barLength(0.3, max, width) - 2 / 3) < 1e-9);
});
