// Every change of a campaign's course is asked once more in a modal dialog that says what will happen; Escape says no.
import { Problem, busy } from '../staff/api.js';
import { el, h } from './dom.js';
import { slug } from './format.js';
import { go } from './navigation.js';
import { OFFLINE_DETAIL, api, say, showProblem, state } from './state.js';

const ACTIONS = {
  pause: (c) => ({ title: `Pause “${c.name}”?`, text: 'No more messages go out, and later firings wait, until you resume it.', yes: 'Pause', no: 'Keep going', done: 'is paused' }),
  resume: (c) => ({ title: `Resume “${c.name}”?`, text: 'Sending continues where it stopped, and later firings are back on.', yes: 'Resume', no: 'Stay paused', done: 'is running again' }),
  cancel: (c) => ({ title: `Cancel “${c.name}” for good?`, text: 'Nothing more will be sent. A cancelled campaign cannot be resumed; duplicate it to start again.', yes: 'Cancel campaign', no: 'Keep it', danger: true, done: 'is cancelled' }),
};

export function wireActions() {
  for (const action of ['pause', 'resume', 'cancel', 'duplicate']) {
    el(`action-${action}`).addEventListener('click', () => runAction(action));
  }
  el('download-csv').addEventListener('click', () => busy(el('download-csv').parentElement, downloadCsv));
  el('confirm-yes').addEventListener('click', () => el('confirm').close('yes'));
  el('confirm-no').addEventListener('click', () => el('confirm').close('no'));
}

/** Asks in the dialog; true when the marketer said yes. With `danger` the focus starts on no. */
export function confirmAction({ title, text, facts = [], yes, no, danger = false }) {
  const dialog = el('confirm');
  el('confirm-title').textContent = title;
  el('confirm-text').textContent = text;
  el('confirm-facts').replaceChildren(...facts.filter(Boolean).map((fact) => h('li', { text: fact })));
  el('confirm-facts').hidden = !facts.some(Boolean);
  el('confirm-yes').textContent = yes;
  el('confirm-yes').className = danger ? 'danger' : 'primary';
  el('confirm-no').textContent = no;
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'yes'), { once: true });
    dialog.showModal();
    (danger ? el('confirm-no') : el('confirm-yes')).focus();
  });
}

/** Pauses, resumes, cancels or duplicates the open campaign. */
export async function runAction(action) {
  const campaign = state.campaign;
  if (!campaign?.id) return;
  const container = state.view === 'editor-view' ? el('campaign-form') : el('results-view');
  if (action === 'duplicate') {
    await busy(container, async () => {
      try {
        const copy = await api('POST', `/api/v1/campaigns/${campaign.id}/duplicate`);
        go(`#/campaigns/${copy.id}`, ['ok', `A copy of “${campaign.name}” was made`, 'It is a new draft: change what you need, then schedule it.']);
      } catch (problem) {
        showProblem(problem, 'The campaign was not duplicated');
      }
    });
    return;
  }
  const ask = ACTIONS[action](campaign);
  if (!await confirmAction(ask)) return;
  await busy(container, async () => {
    try {
      await api('POST', `/api/v1/campaigns/${campaign.id}/${action}`);
      go(`#/campaigns/${campaign.id}`, ['ok', `“${campaign.name}” ${ask.done}`]);
    } catch (problem) {
      showProblem(problem, `“${campaign.name}” was not changed`);
    }
  });
}

// The CSV needs the key in a header, so it is fetched here and handed to the browser as a file through a blob: URL.
async function downloadCsv() {
  const campaign = state.campaign;
  let response;
  try {
    response = await fetch(`/api/v1/campaigns/${campaign.id}/results.csv`, {
      headers: { Accept: 'text/csv', Authorization: `Bearer ${state.key}` }, cache: 'no-store', credentials: 'omit',
      signal: AbortSignal.timeout(60000),
    });
  } catch {
    say('error', 'The CSV was not downloaded', OFFLINE_DETAIL);
    return;
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    showProblem(new Problem(response.status, data?.title ?? `The server answered ${response.status}`, data?.detail ?? ''), 'The CSV was not downloaded');
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: `${slug(campaign.name)}-results.csv`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  el('results-live').textContent = 'The results CSV was downloaded.';
}
