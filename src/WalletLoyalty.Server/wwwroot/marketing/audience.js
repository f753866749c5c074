// Who gets a campaign. The count follows the filters while the marketer edits: debounced, and an answer
// to an older question is dropped.
import { Problem } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { clearInvalid, el, markInvalid } from './dom.js';
import { checked, commaList, fieldFor, setChecked, whole } from './fields.js';
import { num, wholePercent } from './format.js';
import { fromMinor, toMinor } from './money.js';
import { segmentOf } from './segment-text.js';
import { api, showProblem, state } from './state.js';

export function wireAudience() {
  const fields = el('audience-fields');
  fields.addEventListener('input', () => countAudienceSoon());
  fields.addEventListener('change', () => countAudienceSoon());
  el('hold-out').addEventListener('input', showHoldOut);
}

export function fillAudience(audience) {
  const tiers = audience.tiers ?? [];
  setChecked('tier', tiers);
  el('tiers-text').value = tiers.join(', ');
  el('min-points').value = audience.minPoints ?? '';
  el('max-points').value = audience.maxPoints ?? '';
  el('inactive-days').value = audience.inactiveDays ?? '';
  el('birthday').value = audience.birthday ?? '';
  el('sources').value = (audience.sources ?? []).join(', ');
  setChecked('platform', audience.platforms ?? []);
  el('joined-after').value = audience.joinedAfter ?? '';
  el('joined-before').value = audience.joinedBefore ?? '';
  el('hold-out').value = audience.holdOutPercent ?? 0;
  fillSegment(audience.purchases);
  showHoldOut();
}

function fillSegment(segment) {
  el('segment-days').value = segment?.days ?? '';
  el('segment-category').value = segment?.category ?? '';
  el('segment-purchases').value = segment?.minPurchases ?? '';
  el('segment-spent').value = segment?.minSpentMinor ? fromMinor(segment.minSpentMinor, state.program.currency) : '';
}

function readSegment(errors) {
  const spent = toMinor(el('segment-spent').value, state.program.currency);
  if (spent.error) errors.push({ path: 'audience.purchases.minSpentMinor', message: spent.error });
  return segmentOf({
    days: whole('segment-days', 'audience.purchases.days', 1, errors),
    category: el('segment-category').value,
    minPurchases: whole('segment-purchases', 'audience.purchases.minPurchases', 1, errors),
    minSpentMinor: spent.valueMinor ?? null,
  }, errors);
}

export function readAudience(errors) {
  const tiers = el('tier-choices').hidden ? commaList(el('tiers-text').value) : checked('tier');
  const audience = {
    tiers,
    minPoints: whole('min-points', 'audience.minPoints', 0, errors),
    maxPoints: whole('max-points', 'audience.maxPoints', 0, errors),
    inactiveDays: whole('inactive-days', 'audience.inactiveDays', 1, errors),
    birthday: el('birthday').value || null,
    sources: commaList(el('sources').value),
    platforms: checked('platform'),
    joinedAfter: el('joined-after').value || null,
    joinedBefore: el('joined-before').value || null,
    holdOutPercent: Number(el('hold-out').value),
    purchases: readSegment(errors),
  };
  if (audience.minPoints !== null && audience.maxPoints !== null && audience.minPoints > audience.maxPoints) {
    errors.push({ path: 'audience.maxPoints', message: t('marketing.audience.max-below-min') });
  }
  if (audience.joinedAfter && audience.joinedBefore && audience.joinedAfter >= audience.joinedBefore) {
    errors.push({ path: 'audience.joinedBefore', message: t('marketing.audience.joined-order') });
  }
  return audience;
}

function showHoldOut() {
  const value = wholePercent(Number(el('hold-out').value));
  el('hold-out-value').textContent = value;
  el('hold-out').setAttribute('aria-valuetext', value);
}

export function countAudienceSoon(delay = 400) {
  clearTimeout(state.countTimer);
  el('audience-count').dataset.state = 'counting';
  el('count-inline').dataset.state = 'counting';
  state.countTimer = setTimeout(countAudience, delay);
}

async function countAudience() {
  state.countRequest?.abort();
  const request = new AbortController();
  state.countRequest = request;
  const errors = [];
  const audience = readAudience(errors);
  if (errors.length) {
    showCount(null, t('marketing.audience.fix-filters'));
    errors.forEach((e) => markInvalid(fieldFor(e.path), e.message));
    return;
  }
  clearInvalid(el('audience-fields'));
  try {
    const answer = await api('POST', '/api/v1/campaigns/audience-count', { programId: state.program.id, audience }, { idempotent: false, signal: request.signal });
    if (state.countRequest === request) showCount(answer);
  } catch (problem) {
    if (request.signal.aborted) return;
    if (problem instanceof Problem && problem.status === 401) {
      showProblem(problem, '');
      return;
    }
    showCount(null, problem instanceof Problem && problem.errors
      ? Object.values(problem.errors).flat().join(' ')
      : t('marketing.audience.count-failed', { detail: problem.detail || problem.title || '' }).trim());
  }
}

function showCount(answer, explanation = '') {
  state.lastCount = answer;
  const box = el('audience-count');
  box.dataset.state = answer ? 'ready' : 'unknown';
  el('count-inline').dataset.state = box.dataset.state;
  el('count-inline').textContent = answer ? tn('marketing.audience.matches', answer.count) : '';
  el('count-number').textContent = answer ? num(answer.count) : '–';
  el('count-label').textContent = tn('marketing.audience.match', answer?.count ?? 0);
  el('count-detail').textContent = answer
    ? t('marketing.audience.split', { treated: num(answer.count - answer.holdOut), held: num(answer.holdOut) })
    : explanation;
}
