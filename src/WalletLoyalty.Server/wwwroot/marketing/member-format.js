// A member's dates and ledger entries as the dashboard writes them, in the page's language and the program's time zone.
import { pageLanguage, t } from '../staff/texts.js';
import { state } from './state.js';

const KINDS = ['earn', 'redeem', 'reverse', 'adjust', 'import', 'survey', 'bonus', 'referral', 'expire'];

function dateFormat(options) {
  return new Intl.DateTimeFormat(pageLanguage(), { ...options, timeZone: state.program?.timeZone ?? undefined });
}

/** "3 Dec 2026" for an instant, in the program's zone. */
export const shortDate = (instant) => (instant ? dateFormat({ dateStyle: 'medium' }).format(new Date(instant)) : '–');

/** "3 Dec 2026, 14:05" for an instant, in the program's zone. */
export const dateTime = (instant) => (instant ? dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant)) : '–');

/** The ledger's kind in the page's words; an unknown kind as it is stored. */
export const kindName = (kind) => (KINDS.includes(kind) ? t(`marketing.ledger.${kind}`) : kind);

/** A change of points with its sign: "+120", "−40". */
export function signedPoints(points) {
  const text = new Intl.NumberFormat(pageLanguage(), { signDisplay: 'exceptZero' }).format(points);
  return { text, class: points > 0 ? 'num points-plus' : points < 0 ? 'num points-minus' : 'num' };
}
