// What a campaign's numbers mean, apart from how they are shown. No DOM here.
import { t } from '../staff/texts.js';
import { decimal, sum, wholePercent } from './format.js';

/** Nothing is counted before a campaign first fires, so its numbers are null (shown as dashes) rather than zeros. */
export function headline(campaign) {
  const numbers = campaign.headline;
  const fired = numbers && (!['draft', 'scheduled'].includes(campaign.status) || numbers.audience > 0);
  return fired
    ? { audience: numbers.audience, sent: numbers.messaged, delivered: numbers.delivered, redeemed: numbers.redeemed }
    : { audience: null, sent: null, delivered: null, redeemed: null };
}

/** A channel's skipped messages: a count, or counts by reason ({ cap: 2, quietHours: 1 }). */
export const skippedOf = (channel) => (typeof channel.skipped === 'number' ? channel.skipped : sum(Object.values(channel.skipped ?? {})));

/** The share of the messages queued so far, in whole percent up to 100. */
export function queuedPercent(progress) {
  return progress.total ? Math.min(100, Math.round(100 * progress.enqueued / progress.total)) : 0;
}

/**
 * The purchase rate of those who got the message against the hold-out's, in percentage points and relative to
 * the hold-out ('' when the hold-out bought nothing).
 */
export function liftOf(treatedRate, holdOutRate) {
  const points = 100 * ((treatedRate ?? 0) - (holdOutRate ?? 0));
  const sign = points >= 0 ? '+' : '−';
  return {
    up: points >= 0,
    points: t('marketing.chart.lift-points', { points: `${sign}${decimal(Math.abs(points), 1)}` }),
    relative: holdOutRate ? `${sign}${wholePercent(Math.abs(points / holdOutRate))}` : '',
  };
}
