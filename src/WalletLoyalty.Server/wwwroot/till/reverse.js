// A refund takes points back by receipt number; the first press asks, the second does it.
import { busy, Problem } from '../staff/api.js';
import { el, markInvalid } from './dom.js';
import { formatNumber, formatPoints } from './format.js';
import { refreshCard } from './member.js';
import { say, showProblem } from './messages.js';
import { api } from './state.js';

let armedReceipt = null; // the receipt the button now asks to take back

export function wireReverse() {
  el('reverse-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const receiptId = el('reverse-receipt').value.trim();
    if (!receiptId) {
      markInvalid(el('reverse-receipt'), true);
      say('error', 'Enter the receipt number', 'Type the number of the receipt being refunded.');
      el('reverse-receipt').focus();
    } else if (armedReceipt === receiptId) {
      reverse(receiptId, el('reverse-partial').checked);
    } else {
      armReverse(receiptId);
    }
  });
  el('reverse-receipt').addEventListener('input', () => { markInvalid(el('reverse-receipt'), false); disarmReverse(); });
  el('reverse-partial').addEventListener('change', disarmReverse);
  el('reverse-cancel').addEventListener('click', () => { disarmReverse(); el('reverse-receipt').focus(); });
}

function armReverse(receiptId) {
  armedReceipt = receiptId;
  el('reverse-button').textContent = `Yes, take back the points of ${receiptId}`;
  el('reverse-cancel').hidden = false;
  el('reverse-button').focus();
}

function disarmReverse() {
  armedReceipt = null;
  el('reverse-button').textContent = 'Take back points';
  el('reverse-cancel').hidden = true;
}

async function reverse(receiptId, allowPartial) {
  await busy(el('reverse-form'), async () => {
    try {
      const result = await api('POST', '/api/v1/till/reverse', { receiptId, allowPartial });
      const left = result.pointsNotReversed
        ? `${formatPoints(result.pointsNotReversed)} could not be taken back: the member had already spent them.`
        : 'All points of this receipt were taken back.';
      el('reverse-receipt').value = '';
      el('reverse-partial').checked = false;
      await refreshCard();
      say('ok', `−${formatPoints(result.pointsReversed)} taken back for receipt ${receiptId} — balance ${formatNumber(result.balance)}`, left);
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      const headline = `Points of receipt ${receiptId} were not taken back`;
      if (problem.type.endsWith('/insufficient-points-for-reversal')) {
        say('error', headline, 'The member has already spent some of these points. To take back only what is left, tick the box and try again.');
      } else {
        showProblem(problem, headline);
      }
    } finally {
      disarmReverse();
    }
  });
}
