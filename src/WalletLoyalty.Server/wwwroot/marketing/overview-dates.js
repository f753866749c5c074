// The overview's periods as local dates (yyyy-MM-dd, `to` exclusive) in the program's time zone. No DOM here.

const DAY = 86400000;

/** Today's date in a time zone (the browser's when none is given). */
export function todayIn(timeZone, now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timeZone ?? undefined, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type) => parts.find((p) => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** A date so many days later (or earlier). */
export function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The first day of the month so many months later (or earlier) than the month of `day`. */
export function addMonths(day, months) {
  const [year, month] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

export const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** A preset's period up to and including today: the last 7, 30 or 90 days, or this year since 1 January. */
export function periodOf(preset, today) {
  const to = addDays(today, 1);
  return preset === 'year' ? { from: `${today.slice(0, 4)}-01-01`, to } : { from: addDays(to, -Number(preset)), to };
}

/** What the trends show around a period: at least 13 weeks or 12 months ending with it. */
export function trendSpanOf(period, interval) {
  const atLeast = interval === 'week' ? addDays(period.to, -91) : addMonths(addDays(period.to, -1), -11);
  return { from: atLeast < period.from ? atLeast : period.from, to: period.to };
}

/** The cohorts around a period: the join months of the 12 months ending with it, or of the whole period when longer. */
export function cohortSpanOf(period) {
  const atLeast = addMonths(addDays(period.to, -1), -11);
  return { from: atLeast < period.from ? atLeast : period.from, to: period.to };
}

/** A local date written the language's way: "16 Mar", "Mar 2026"… */
export function dateText(day, locale, options) {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(`${day}T00:00:00Z`));
}

/** The label of a trend's bucket: the Monday of a week ("16 Mar"), or a month ("Mar 26"). */
export const bucketLabel = (day, interval, locale) =>
  dateText(day, locale, interval === 'week' ? { day: 'numeric', month: 'short' } : { month: 'short', year: '2-digit' });
