// Points for a purchase: the amount paid and the receipt number, which lets the purchase be refunded later.
import { busy, Problem } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, focusScan, markInvalid } from './dom.js';
import { formatNumber, formatPoints } from './format.js';
import { memberCode, refreshCard, showBalance } from './member.js';
import { say, showProblem } from './messages.js';
import { looksLikeCard, parseAmount } from './parse.js';
import { suggestReceiptId } from './receipt-id.js';
import { lookUp } from './scan.js';
import { api, state } from './state.js';

export function wireEarn() {
  el('earn-form').addEventListener('submit', (event) => {
    event.preventDefault();
    earn();
  });
  el('amount').addEventListener('input', () => markInvalid(el('amount'), false));
  el('receipt').addEventListener('input', () => markInvalid(el('receipt'), false));
}

async function earn() {
  const amountField = el('amount');
  const receiptField = el('receipt');
  const money = state.money;
  const typed = amountField.value.trim();
  const amountMinor = parseAmount(typed, money);
  if (amountMinor === null && looksLikeCard(typed)) {
    amountField.value = '';
    lookUp(typed);
    return;
  }
  if (amountMinor === null || amountMinor <= 0) {
    markInvalid(amountField, true);
    say('error', t('till.earn.check-amount'), t('till.earn.check-amount-detail', { currency: money.code }));
    amountField.focus();
    return;
  }
  const receiptId = receiptField.value.trim();
  if (!receiptId) {
    markInvalid(receiptField, true);
    say('error', t('till.earn.enter-receipt'), t('till.earn.enter-receipt-detail'));
    receiptField.focus();
    return;
  }
  await busy(el('earn-form'), async () => {
    try {
      const result = await api('POST', '/api/v1/till/earn', { code: memberCode(), amountMinor, currency: money.code, receiptId });
      showBalance(result.balance, result.tier);
      amountField.value = '';
      receiptField.value = suggestReceiptId();
      el('reverse-receipt').placeholder = t('till.example', { example: receiptId });
      await refreshCard();
      say('ok', t('till.earn.done', { points: formatPoints(result.pointsCredited), balance: formatNumber(result.balance) }),
        t('till.earn.done-detail', { amount: money.format(amountMinor), receipt: receiptId }));
      focusScan();
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      if (problem.offline || problem.status >= 500) {
        say('error', t('till.earn.uncertain'), t('till.earn.uncertain-detail', { problem: problem.detail || problem.title }));
      } else {
        showProblem(problem, t('till.earn.failed'));
      }
    }
  });
}
