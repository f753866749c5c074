import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addMonths, bucketLabel, cohortSpanOf, daysBetween, periodOf, todayIn, trendSpanOf,
} from '../../../src/WalletLoyalty.Server/wwwroot/marketing/overview-dates.js';

test('today is the date in the program zone, not in the browser one', () => {
  const lateEvening = new Date('2026-03-31T22:30:00Z');
  assert.equal(todayIn('Europe/Berlin', lateEvening), '2026-04-01');
  assert.equal(todayIn('America/New_York', lateEvening), '2026-03-31');
});

test('a preset runs up to and including today, to being the day after', () => {
  assert.deepEqual(periodOf('7', '2026-03-31'), { from: '2026-03-25', to: '2026-04-01' });
  assert.deepEqual(periodOf('30', '2026-03-31'), { from: '2026-03-02', to: '2026-04-01' });
  assert.deepEqual(periodOf('year', '2026-03-31'), { from: '2026-01-01', to: '2026-04-01' });
  assert.equal(daysBetween(...Object.values(periodOf('90', '2026-03-31'))), 90);
});

test('dates step over month ends, leap days and clock changes as calendar dates', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2026-03-29', 1), '2026-03-30');
  assert.equal(addMonths('2026-01-31', 1), '2026-02-01');
  assert.equal(addMonths('2026-03-15', -11), '2025-04-01');
});

test('trends show at least 13 weeks or 12 months, and the whole period when longer', () => {
  const month = { from: '2026-03-02', to: '2026-04-01' };
  assert.deepEqual(trendSpanOf(month, 'week'), { from: '2025-12-31', to: '2026-04-01' });
  assert.deepEqual(trendSpanOf(month, 'month'), { from: '2025-04-01', to: '2026-04-01' });
  const long = { from: '2024-01-01', to: '2026-04-01' };
  assert.deepEqual(trendSpanOf(long, 'month'), long);
  assert.deepEqual(cohortSpanOf(month), { from: '2025-04-01', to: '2026-04-01' });
});

test('a bucket is labelled by its first day the language way', () => {
  assert.equal(bucketLabel('2026-03-16', 'week', 'en-GB'), '16 Mar');
  assert.equal(bucketLabel('2026-03-01', 'month', 'en-US'), 'Mar 26');
  assert.equal(bucketLabel('2026-03-16', 'week', 'de-DE'), '16. März');
});
