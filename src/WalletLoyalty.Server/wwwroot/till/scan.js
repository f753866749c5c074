// Looking up the code the cashier scans or types. A keyboard-wedge scanner "types" the code and presses Enter
// wherever the focus is, so the scan field keeps it whenever the cashier is not typing somewhere else.
import { busy, clearMessages, Problem } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, focusScan } from './dom.js';
import { formatPoints } from './format.js';
import { clearCard, fetchCard, showCard } from './member.js';
import { say, showProblem } from './messages.js';

export function wireScan() {
  el('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const code = el('scan').value.trim();
    if (code) lookUp(code); else focusScan();
  });
  el('next-customer').addEventListener('click', () => {
    clearCard();
    clearMessages();
    focusScan();
  });
  document.addEventListener('keydown', sendStrayTypingToScan, true);
}

function sendStrayTypingToScan(event) {
  if (el('till').hidden || event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
  const target = event.target;
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
  if (event.key === ' ' && target !== document.body) return; // space presses the focused button
  el('scan').focus();
}

export async function lookUp(code) {
  await busy(el('scan-form'), async () => {
    try {
      const card = await fetchCard(code);
      el('scan').value = '';
      showCard(card, code);
      if (card.kind === 'coupon') {
        say('info', t('till.scan.coupon-found', { coupon: card.coupon.title }), t('till.scan.coupon-found-detail', { name: card.member.name }));
        el('coupons').querySelector('.scanned button')?.focus();
      } else {
        say('info', t('till.scan.card-found', { name: card.member.name }), `${formatPoints(card.member.points)} · ${card.member.tier}`);
        el('amount').focus();
      }
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      if (problem.status === 404) {
        say('error', t('till.scan.nothing-found'), t('till.scan.nothing-found-detail', { code }));
        el('scan').select();
      } else {
        showProblem(problem, t('till.scan.failed'));
      }
    }
  });
}
