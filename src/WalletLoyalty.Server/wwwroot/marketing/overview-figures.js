// The overview's numbers: money in the program's currency, a figure beside the period before, a readable scale. No DOM here.
import { pageLanguage, t } from '../staff/texts.js';
import { currencyDigits } from './money.js';
import { num, rate } from './format.js';

/** Minor units as money of the currency, written the language's way; `compact` for the axis of a chart ("€1.2K"). */
export function money(minor, currency, { compact = false, locale = pageLanguage() } = {}) {
  if (minor === null || minor === undefined) return '–';
  const code = currency ?? 'EUR';
  const digits = currencyDigits(code);
  const value = minor / 10 ** digits;
  const options = compact
    ? { style: 'currency', currency: code, notation: 'compact', maximumFractionDigits: 1 }
    : { style: 'currency', currency: code, minimumFractionDigits: digits, maximumFractionDigits: digits };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A figure as the overview shows it: a count, money or a rate. */
export function figureText(value, kind, currency, locale = pageLanguage()) {
  if (kind === 'money') return money(value, currency, { locale });
  if (kind === 'rate') return rate(value, locale);
  return num(value, locale);
}

/**
 * How a figure moved since the period before: counts and money in percent of before, rates in percentage points.
 * Null when there is nothing to compare (no figure now or before, or none before to divide by).
 */
export function changeOf(current, previous, kind, locale = pageLanguage()) {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const difference = current - previous;
  const direction = Math.abs(difference) < 1e-12 ? 'flat' : difference > 0 ? 'up' : 'down';
  if (direction === 'flat') return { direction, text: t('marketing.overview.no-change') };
  const signed = { signDisplay: 'exceptZero', maximumFractionDigits: 1 };
  if (kind === 'rate') {
    const points = new Intl.NumberFormat(locale, signed).format(difference * 100);
    return { direction, text: t('marketing.overview.points-change', { points }) };
  }
  if (previous === 0) return null;
  return { direction, text: new Intl.NumberFormat(locale, { style: 'percent', ...signed }).format(difference / Math.abs(previous)) };
}

/** The top of a chart's scale: the highest value rounded up to 1, 2, 2.5 or 5 times a power of ten, with its gridlines. */
export function niceScale(max, lines = 4) {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / lines;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough);
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step) };
}

/** Every how many buckets a label fits under a chart whose slots are `slot` pixels wide. */
export const labelEvery = (slot, labelWidth = 56) => Math.max(1, Math.ceil(labelWidth / Math.max(1, slot)));
