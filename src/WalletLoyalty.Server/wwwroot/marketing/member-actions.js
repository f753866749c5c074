// What changes a member's card or record: a points correction, voiding or replacing the card, the data export and erasure.
// Each is asked once more in the dialog, since the phone changes with it; the correction keeps one Idempotency-Key until answered.
import { Problem, busy } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { clearInvalid, el, h } from './dom.js';
import { slug } from './format.js';
import { confirmAction } from './actions.js';
import { fullName, memberPath, openMember, showFieldErrors } from './member.js';
import { go } from './navigation.js';
import { api, say, showProblem, state } from './state.js';

export function wireMemberActions() {
  el('member-adjust').addEventListener('submit', (event) => {
    event.preventDefault();
    adjust();
  });
  el('member-void').addEventListener('click', voidCard);
  el('member-reissue').addEventListener('click', reissue);
  el('member-export').addEventListener('click', () => busy(el('member-export').parentElement, exportData));
  el('member-erase').addEventListener('click', erase);
}

async function adjust() {
  const form = el('member-adjust');
  clearInvalid(form);
  const points = Number(el('adjust-points').value);
  const reason = el('adjust-reason').value.trim();
  const fields = { points: 'adjust-points', reason: 'adjust-reason' };
  const errors = {};
  if (!Number.isInteger(points) || points === 0) errors.points = [t('marketing.member.adjust-points-needed')];
  if (!reason) errors.reason = [t('marketing.member.adjust-reason-needed')];
  if (Object.keys(errors).length) {
    showFieldErrors(errors, fields);
    return;
  }
  const name = fullName(state.member.profile);
  const question = points > 0
    ? t('marketing.member.adjust-add', { points: tn('marketing.member.points', points), name })
    : t('marketing.member.adjust-take', { points: tn('marketing.member.points', -points), name });
  if (!await confirmAction({ title: question, text: t('marketing.member.adjust-text'), facts: [reason], yes: t('marketing.member.adjust-apply'), no: t('marketing.member.keep') })) return;
  await busy(form, async () => {
    try {
      const answer = await api('POST', `${memberPath(state.member.id)}/adjustments`, { points, reason });
      el('adjust-points').value = '';
      el('adjust-reason').value = '';
      await openMember(state.member.id);
      say('ok', t('marketing.member.adjusted', { balance: tn('marketing.member.points', answer.balance) }));
    } catch (problem) {
      if (problem instanceof Problem && problem.status === 400 && problem.errors) showFieldErrors(problem.errors, fields);
      showProblem(problem, t('marketing.member.not-adjusted'));
    }
  });
}

async function voidCard() {
  const name = fullName(state.member.profile);
  if (!await confirmAction({ title: t('marketing.member.void-question', { name }), text: t('marketing.member.void-text'), yes: t('marketing.member.void'), no: t('marketing.member.keep'), danger: true })) return;
  await busy(el('member-card'), async () => {
    try {
      await api('POST', `${memberPath(state.member.id)}/cards/void`);
      await openMember(state.member.id);
      say('ok', t('marketing.member.voided-done', { name }));
    } catch (problem) {
      showProblem(problem, t('marketing.member.not-changed'));
    }
  });
}

async function reissue() {
  const name = fullName(state.member.profile);
  if (!await confirmAction({ title: t('marketing.member.reissue-question', { name }), text: t('marketing.member.reissue-text'), yes: t('marketing.member.reissue'), no: t('marketing.member.keep') })) return;
  await busy(el('member-card'), async () => {
    try {
      const card = await api('POST', `${memberPath(state.member.id)}/cards/reissue`);
      await openMember(state.member.id);
      const link = el('member-new-card');
      link.replaceChildren(h('strong', { text: t('marketing.member.reissued', { number: card.memberNumber }) }), ' ',
        h('a', { href: card.joinLink, text: t('marketing.member.reissued-link'), target: '_blank', rel: 'noopener' }));
      link.hidden = false;
      say('ok', t('marketing.member.reissued', { number: card.memberNumber }));
    } catch (problem) {
      showProblem(problem, t('marketing.member.not-changed'));
    }
  });
}

// The export needs the key in a header, so it is fetched here and handed to the browser as a file through a blob: URL.
async function exportData() {
  try {
    const data = await api('GET', `${memberPath(state.member.id)}/export`);
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: `member-${state.member.id}-${slug(fullName(state.member.profile))}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say('ok', t('marketing.member.exported'));
  } catch (problem) {
    showProblem(problem, t('marketing.member.not-exported'));
  }
}

async function erase() {
  const name = fullName(state.member.profile);
  if (!await confirmAction({
    title: t('marketing.member.erase-question', { name }), text: t('marketing.member.erase-text'),
    facts: [t('marketing.member.erase-fact-data'), t('marketing.member.erase-fact-card'), t('marketing.member.erase-fact-ledger')],
    yes: t('marketing.member.erase'), no: t('marketing.member.keep'), danger: true,
  })) return;
  await busy(el('member-view').querySelector('.view-head .actions'), async () => {
    try {
      await api('DELETE', memberPath(state.member.id));
      state.member = null;
      go('#/members', ['ok', t('marketing.member.erased', { name })]);
    } catch (problem) {
      showProblem(problem, t('marketing.member.not-erased'));
    }
  });
}

