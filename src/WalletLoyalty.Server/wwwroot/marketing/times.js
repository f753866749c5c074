// Campaign times are wall-clock times of the program's time zone ("2026-11-27T17:00"), not instants:
// they are shown as written, never shifted into the browser's zone, in the page's language. No DOM here.
import { pageLanguage } from '../staff/texts.js';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** "2026-11-27T17:00" → "Fri, 27 Nov 2026, 17:00" in the page's language (or the locale given); a date alone has no time. */
export function formatLocal(local, locale = pageLanguage()) {
  const m = LOCAL_TIME.exec(local ?? '');
  if (!m) return local ?? '';
  const [, y, mo, d, hh, mi, ss] = m.map((part) => (part === undefined ? undefined : Number(part)));
  const date = new Date(Date.UTC(y, mo - 1, d, hh ?? 0, mi ?? 0, ss ?? 0));
  const options = { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
  if (hh !== undefined) Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, ss ? { second: '2-digit' } : {});
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** "Tue, 24 Nov 2026, 11:30 – 14:00" when both ends fall on one day. */
export function formatRange(from, until, locale = pageLanguage()) {
  const sameDay = from && until && from.slice(0, 10) === until.slice(0, 10) && until.length > 10;
  return sameDay ? `${formatLocal(from, locale)} – ${until.slice(11, 16)}` : `${formatLocal(from, locale)} – ${formatLocal(until, locale)}`;
}

/**
 * The wall-clock time in a time zone at an instant (now unless given), moved on by whole days and set to an
 * hour if asked: "YYYY-MM-DDTHH:MM". Days are calendar days, so "tomorrow at 10" stays 10:00 across a change
 * of the clocks. A zone the browser does not know falls back to the browser's own.
 */
export function programTime({ zone, days = 0, hour = null, now = new Date() } = {}) {
  const fields = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let parts;
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone ?? undefined, ...fields }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-CA', fields).formatToParts(now);
  }
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  const date = new Date(Date.UTC(get('year'), get('month') - 1, get('day') + days, hour ?? get('hour'), hour === null ? get('minute') : 0));
  return date.toISOString().slice(0, 16);
}
