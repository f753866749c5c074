// What the till tells the cashier: one message at a time, in the status line or, for an error, the alert.
import { clearMessages } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el } from './dom.js';

// The API's problems a cashier meets at the counter, said in the page's language; any other keeps the API's words.
const PROBLEMS = {
  'receipt-already-credited': 'till.problem.receipt-already-credited',
  'already-redeemed': 'till.problem.already-redeemed',
  expired: 'till.problem.expired',
  'insufficient-points': 'till.problem.insufficient-points',
  'already-reversed': 'till.problem.already-reversed',
};

let whenKeyRefused = () => {};

/** What to do when the server stops accepting the key (a 401): the session signs the till out. */
export function onKeyRefused(handler) {
  whenKeyRefused = handler;
}

export function say(kind, headline, detail = '') {
  const box = el(kind === 'error' ? 'alert' : 'status');
  clearMessages();
  const strong = document.createElement('strong');
  strong.textContent = headline;
  box.className = `message ${kind}`;
  box.replaceChildren(strong);
  if (detail) {
    const span = document.createElement('span');
    span.textContent = detail;
    box.append(span);
  }
  box.scrollIntoView({ block: 'nearest' });
}

export function showProblem(problem, headline) {
  if (problem.status === 401) {
    whenKeyRefused();
    return;
  }
  say('error', headline, problemDetail(problem));
}

/** What went wrong, for the line under a headline. */
export function problemDetail(problem) {
  const known = PROBLEMS[(problem.type ?? '').split('/').pop()];
  if (known) return t(known);
  return problem.status === 403 ? t('till.forbidden', { detail: problem.detail }) : problem.detail || problem.title;
}
