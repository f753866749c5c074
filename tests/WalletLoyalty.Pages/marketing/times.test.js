import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLocal, formatRange, programTime } from '../../../src/WalletLoyalty.Server/wwwroot/marketing/times.js';

test('a wall-clock time is shown as written, in no time zone', () => {
  assert.equal(formatLocal('2026-11-27T17:00', 'en-GB'), 'Fri, 27 Nov 2026, 17:00');
  assert.equal(formatLocal('2026-11-27T17:00', 'en-US'), 'Fri, Nov 27, 2026, 17:00');
  assert.equal(formatLocal('2026-11-27T17:00:05', 'en-GB'), 'Fri, 27 Nov 2026, 17:00:05');
  assert.equal(formatLocal('2026-11-27T00:30', 'en-GB'), 'Fri, 27 Nov 2026, 00:30');
});

test('the hour of a change of the clocks is shown as written', () => {
  // 02:30 on 29 March does not happen in Berlin; a campaign time is a wall-clock time and is not moved.
  assert.equal(formatLocal('2026-03-29T02:30', 'en-GB'), 'Sun, 29 Mar 2026, 02:30');
});

test('a date alone has no time, and what is not a date is left alone', () => {
  assert.equal(formatLocal('2026-02-28', 'en-GB'), 'Sat, 28 Feb 2026');
  assert.equal(formatLocal('soon', 'en-GB'), 'soon');
  assert.equal(formatLocal(null, 'en-GB'), '');
});

test('a range within one day gives the end as a time only', () => {
  assert.equal(formatRange('2026-11-24T11:30', '2026-11-24T14:00', 'en-GB'), 'Tue, 24 Nov 2026, 11:30 – 14:00');
  assert.equal(formatRange('2026-11-24T11:30', '2026-11-25T14:00', 'en-GB'), 'Tue, 24 Nov 2026, 11:30 – Wed, 25 Nov 2026, 14:00');
});

test('the program\'s time now is its wall clock, not the browser\'s', () => {
  const now = new Date('2026-06-15T12:34:00Z');
  assert.equal(programTime({ zone: 'Europe/Berlin', now }), '2026-06-15T14:34');
  assert.equal(programTime({ zone: 'America/New_York', now }), '2026-06-15T08:34');
  assert.equal(programTime({ zone: 'Asia/Kolkata', now }), '2026-06-15T18:04');
  assert.equal(programTime({ zone: 'UTC', now }), '2026-06-15T12:34');
});

test('the clocks going forward in spring skip an hour of the wall clock', () => {
  // Berlin, 29 March 2026: at 01:00 UTC the clocks go from 02:00 CET to 03:00 CEST.
  assert.equal(programTime({ zone: 'Europe/Berlin', now: new Date('2026-03-29T00:59:00Z') }), '2026-03-29T01:59');
  assert.equal(programTime({ zone: 'Europe/Berlin', now: new Date('2026-03-29T01:00:00Z') }), '2026-03-29T03:00');
});

test('the clocks going back in autumn show the same wall-clock hour twice', () => {
  // New York, 1 November 2026: at 06:00 UTC the clocks go from 02:00 EDT back to 01:00 EST.
  assert.equal(programTime({ zone: 'America/New_York', now: new Date('2026-11-01T05:30:00Z') }), '2026-11-01T01:30');
  assert.equal(programTime({ zone: 'America/New_York', now: new Date('2026-11-01T06:30:00Z') }), '2026-11-01T01:30');
});

test('tomorrow at 10 is 10:00 on the next calendar day, even across a change of the clocks', () => {
  const tomorrowAtTen = (zone, now) => programTime({ zone, days: 1, hour: 10, now: new Date(now) });
  // 23 hours later in Berlin's spring, 25 hours later in New York's autumn: still 10:00 on the wall clock.
  assert.equal(tomorrowAtTen('Europe/Berlin', '2026-03-28T20:00:00Z'), '2026-03-29T10:00');
  assert.equal(tomorrowAtTen('America/New_York', '2026-10-31T20:00:00Z'), '2026-11-01T10:00');
  assert.equal(tomorrowAtTen('Europe/Berlin', '2026-10-24T23:30:00Z'), '2026-10-26T10:00'); // already the 25th in Berlin
});

test('days are counted on the program\'s calendar, across months, years and the date line', () => {
  assert.equal(programTime({ zone: 'UTC', days: 1, hour: 10, now: new Date('2026-01-31T12:00:00Z') }), '2026-02-01T10:00');
  assert.equal(programTime({ zone: 'UTC', days: 1, hour: 10, now: new Date('2028-02-28T12:00:00Z') }), '2028-02-29T10:00');
  // Auckland is at UTC+13 in summer: a New Year's Eve morning in UTC is already New Year's Day there.
  assert.equal(programTime({ zone: 'Pacific/Auckland', days: 1, hour: 10, now: new Date('2026-12-31T11:30:00Z') }), '2027-01-02T10:00');
  assert.equal(programTime({ zone: 'Pacific/Honolulu', days: 1, hour: 10, now: new Date('2026-12-31T11:30:00Z') }), '2027-01-01T10:00');
});

test('a time zone the browser does not know falls back to the browser\'s own', () => {
  const now = new Date('2026-06-15T12:34:00Z');
  assert.equal(programTime({ zone: 'Mars/Olympus_Mons', now }), programTime({ now }));
  assert.equal(programTime({ zone: null, now }), programTime({ now }));
});
