// Who gets a campaign. The count follows the filters while the marketer edits: debounced, and an answer
// to an older question is dropped.
import { Problem } from '../staff/api.js';
import { clearInvalid, el, markInvalid } from './dom.js';
import { checked, commaList, fieldFor, setChecked, whole } from './fields.js';
import { num } from './format.js';
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
  showHoldOut();
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
  };
  if (audience.minPoints !== null && audience.maxPoints !== null && audience.minPoints > audience.maxPoints) {
    errors.push({ path: 'audience.maxPoints', message: 'The upper limit is below the lower one.' });
  }
  if (audience.joinedAfter && audience.joinedBefore && audience.joinedAfter >= audience.joinedBefore) {
    errors.push({ path: 'audience.joinedBefore', message: 'This date must come after the “joined after” date.' });
  }
  return audience;
}

function showHoldOut() {
  const value = el('hold-out').value;
  el('hold-out-value').textContent = `${value} %`;
  el('hold-out').setAttribute('aria-valuetext', `${value} percent`);
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
    showCount(null, 'Fix the filters marked in red to see how many members match.');
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
      : `The audience could not be counted. ${problem.detail || problem.title || ''}`.trim());
  }
}

function showCount(answer, explanation = '') {
  state.lastCount = answer;
  const box = el('audience-count');
  box.dataset.state = answer ? 'ready' : 'unknown';
  el('count-inline').dataset.state = box.dataset.state;
  el('count-inline').textContent = answer ? `${num(answer.count)} ${answer.count === 1 ? 'member matches' : 'members match'}` : '';
  el('count-number').textContent = answer ? num(answer.count) : '–';
  el('count-label').textContent = answer?.count === 1 ? 'member matches' : 'members match';
  el('count-detail').textContent = answer
    ? `${num(answer.count - answer.holdOut)} get the message · ${num(answer.holdOut)} held out`
    : explanation;
}
