// A segment from purchase data (audience.purchases): built from the editor's boxes, and said in words. No DOM here.
import { t, tn } from '../staff/texts.js';
import { fromMinor } from './money.js';

export const MAX_SEGMENT_DAYS = 730;

/**
 * The segment the boxes describe, or null when all are empty. Days (a whole number or null) are required once
 * any other box is filled; problems go to `errors` as { path, message }.
 */
export function segmentOf({ days, category, minPurchases, minSpentMinor }, errors) {
  const name = (category ?? '').trim() || null;
  if (days === null && name === null && minPurchases === null && minSpentMinor === null) return null;
  if (days === null) {
    errors.push({ path: 'audience.purchases.days', message: t('marketing.audience.purchases-days-needed', { max: MAX_SEGMENT_DAYS }) });
  } else if (days > MAX_SEGMENT_DAYS) {
    errors.push({ path: 'audience.purchases.days', message: t('marketing.audience.purchases-days-range', { max: MAX_SEGMENT_DAYS }) });
  }
  if (name !== null && name.includes(';')) {
    errors.push({ path: 'audience.purchases.category', message: t('marketing.audience.purchases-one-category') });
  }
  if (minSpentMinor === 0) {
    errors.push({ path: 'audience.purchases.minSpentMinor', message: t('marketing.audience.purchases-spent-positive') });
  }
  return { days, category: name, minPurchases, minSpentMinor };
}

/** "purchases in the last 30 days: croissant, at least 3 purchases, at least 12.00 EUR spent" */
export function segmentFilter(segment, currency) {
  const parts = [
    segment.category ? t('marketing.filter.purchases-category', { category: segment.category }) : null,
    segment.minPurchases ? t('marketing.filter.purchases-count', { purchases: tn('marketing.purchases', segment.minPurchases) }) : null,
    segment.minSpentMinor ? t('marketing.filter.purchases-spent', { amount: `${fromMinor(segment.minSpentMinor, currency)} ${currency ?? 'EUR'}` }) : null,
  ].filter(Boolean);
  return t('marketing.filter.purchases', { days: tn('marketing.days', segment.days), what: parts.length ? parts.join(', ') : t('marketing.filter.purchases-any') });
}
