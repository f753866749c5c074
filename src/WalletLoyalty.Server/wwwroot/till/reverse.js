// A refund takes points back by receipt number; the first press asks, the second does it.
import { busy, Problem } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
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
      say('error', t('till.earn.enter-receipt'), t('till.refund.enter-receipt-detail'));
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
  el('reverse-button').textContent = t('till.refund.confirm', { receipt: receiptId });
  el('reverse-cancel').hidden = false;
  el('reverse-button').focus();
}

function disarmReverse() {
  armedReceipt = null;
  el('reverse-button').textContent = t('till.refund.submit');
  el('reverse-cancel').hidden = true;
}

async function reverse(receiptId, allowPartial) {
  await busy(el('reverse-form'), async () => {
    try {
      const result = await api('POST', '/api/v1/till/reverse', { receiptId, allowPartial });
      const left = result.pointsNotReversed
        ? tn('till.refund.left', result.pointsNotReversed)
        : t('till.refund.all');
      el('reverse-receipt').value = '';
      el('reverse-partial').checked = false;
      await refreshCard();
      say('ok', t('till.refund.done', { points: formatPoints(result.pointsReversed), receipt: receiptId, balance: formatNumber(result.balance) }), left);
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      const headline = t('till.refund.failed', { receipt: receiptId });
      if (problem.type.endsWith('/insufficient-points-for-reversal')) {
        say('error', headline, t('till.refund.spent'));
      } else {
        showProblem(problem, headline);
      }
    } finally {
      disarmReverse();
    }
  });
}
