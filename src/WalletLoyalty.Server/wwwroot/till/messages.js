// What the till tells the cashier: one message at a time, in the status line or, for an error, the alert.
import { clearMessages } from '../staff/api.js';
import { el } from './dom.js';

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
  const detail = problem.status === 403 ? `This key may not do that. ${problem.detail}` : problem.detail || problem.title;
  say('error', headline, detail);
}
