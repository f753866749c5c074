// Every change of a campaign's course is asked once more in a modal dialog that says what will happen; Escape says no.
import { busy } from '../staff/api.js';
import { downloadCsv } from './csv-download.js';
import { t } from '../staff/texts.js';
import { el, h } from './dom.js';
import { slug } from './format.js';
import { go } from './navigation.js';
import { api, showProblem, state } from './state.js';

const ACTIONS = {
  pause: ({ name }) => ({
    title: t('marketing.pause.question', { name }), text: t('marketing.pause.text'), yes: t('marketing.pause.yes'), no: t('marketing.pause.no'),
    done: t('marketing.pause.done', { name }),
  }),
  resume: ({ name }) => ({
    title: t('marketing.resume.question', { name }), text: t('marketing.resume.text'), yes: t('marketing.resume.yes'), no: t('marketing.resume.no'),
    done: t('marketing.resume.done', { name }),
  }),
  cancel: ({ name }) => ({
    title: t('marketing.cancel.question', { name }), text: t('marketing.cancel.text'), yes: t('marketing.cancel-campaign'), no: t('marketing.cancel.no'),
    danger: true, done: t('marketing.cancel.done', { name }),
  }),
};

export function wireActions() {
  for (const action of ['pause', 'resume', 'cancel', 'duplicate']) {
    el(`action-${action}`).addEventListener('click', () => runAction(action));
  }
  el('download-csv').addEventListener('click', () => busy(el('download-csv').parentElement, downloadResults));
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
        go(`#/campaigns/${copy.id}`, ['ok', t('marketing.duplicated', { name: campaign.name }), t('marketing.duplicated-detail')]);
      } catch (problem) {
        showProblem(problem, t('marketing.not-duplicated'));
      }
    });
    return;
  }
  const ask = ACTIONS[action](campaign);
  if (!await confirmAction(ask)) return;
  await busy(container, async () => {
    try {
      await api('POST', `/api/v1/campaigns/${campaign.id}/${action}`);
      go(`#/campaigns/${campaign.id}`, ['ok', ask.done]);
    } catch (problem) {
      showProblem(problem, t('marketing.not-changed', { name: campaign.name }));
    }
  });
}

async function downloadResults() {
  const campaign = state.campaign;
  if (await downloadCsv(`/api/v1/campaigns/${campaign.id}/results.csv`, `${slug(campaign.name)}-results.csv`)) el('results-live').textContent = t('marketing.csv-done');
}
