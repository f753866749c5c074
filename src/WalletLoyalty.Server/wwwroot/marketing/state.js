// What the dashboard's modules share: who is signed in and what is open, the API call, and the messages
// at the top of the page.
import { Problem, clearMessages, createApi } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, h } from './dom.js';

export const SESSION_KEY = 'walletloyalty.marketing.key';
export const PROGRAM_KEY = 'walletloyalty.marketing.program';

export const state = {
  key: null, programs: null, program: null, view: null, campaign: null, member: null, dirty: false, flash: null,
  results: null, resultsChangedAt: 0, poll: null, countTimer: null, countRequest: null, lastCount: null, lastTextField: null, announced: null, retryKeys: new Map(),
};

export const api = createApi(state, 'marketing.offline');

// The session module says how a refused key signs out, so that this module, which every other imports, imports none of them.
let signOutRefused = () => {};

export function onKeyRefused(signOut) {
  signOutRefused = signOut;
}

export function say(kind, headline, detail = '') {
  clearMessages();
  const box = el(kind === 'error' ? 'alert' : 'status');
  box.className = `message ${kind}`;
  box.replaceChildren(...[h('strong', { text: headline }), detail ? h('span', { text: detail }) : null].filter(Boolean));
}

export function showProblem(problem, headline) {
  if (!(problem instanceof Problem)) throw problem;
  if (problem.status === 401) {
    signOutRefused(t('marketing.key-withdrawn'));
    return;
  }
  const detail = problem.status === 403 ? t('marketing.forbidden', { detail: problem.detail }) : problem.detail || problem.title;
  say('error', headline, detail);
}
