// Signing the till in and out. The key lives in sessionStorage: it survives a reload but not closing the tab,
// and other tabs never see it.
import { busy, clearMessages, Problem } from '../staff/api.js';
import { stopCamera } from './camera.js';
import { t } from '../staff/texts.js';
import { el, focusScan, markInvalid } from './dom.js';
import { moneyFormat } from './format.js';
import { clearCard } from './member.js';
import { onKeyRefused } from './messages.js';
import { suggestReceiptId } from './receipt-id.js';
import { api, state } from './state.js';

const SESSION_KEY = 'walletloyalty.till.key';

export function wireSession() {
  el('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn(el('key').value.trim(), false);
  });
  el('sign-out').addEventListener('click', () => signOut());
  wireLogo();
  onKeyRefused(() => signOut(t('till.key-withdrawn')));
  const saved = sessionStorage.getItem(SESSION_KEY);
  if (saved) signIn(saved, true); else el('key').focus();
}

async function signIn(key, restoring) {
  if (!key) {
    showSignInError(t('till.sign-in.enter-key'), '');
    el('key').focus();
    return;
  }
  state.key = key;
  await busy(el('sign-in-form'), async () => {
    try {
      const me = await api('GET', '/api/v1/till/me');
      sessionStorage.setItem(SESSION_KEY, key);
      el('key').value = '';
      openTill(me);
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      state.key = null;
      sessionStorage.removeItem(SESSION_KEY);
      // The API's 401 and 403 details speak to developers; a cashier needs to know what to do instead.
      const [reason, advice] = {
        401: [t('till.sign-in.refused'), t('till.sign-in.refused-advice')],
        403: [t('till.sign-in.not-cashier'), t('till.sign-in.not-cashier-advice')],
      }[problem.status] ?? [t('till.sign-in.failed'), problem.detail || problem.title];
      showSignInError(restoring ? t('staff.signed-out', { reason }) : reason, advice);
      markInvalid(el('key'), problem.status === 401 || problem.status === 403);
      el('key').focus();
    }
  });
}

function showSignInError(headline, detail) {
  const box = el('sign-in-error');
  const strong = document.createElement('strong');
  strong.textContent = headline;
  box.replaceChildren(strong);
  if (detail) {
    const span = document.createElement('span');
    span.textContent = detail;
    box.append(span);
  }
  box.hidden = false;
}

function openTill(me) {
  state.me = me;
  state.money = moneyFormat(me.currency);
  el('sign-in').hidden = true;
  el('sign-in-error').hidden = true;
  markInvalid(el('key'), false);
  el('till').hidden = false;
  el('sign-out').hidden = false;
  el('program-name').textContent = me.programName;
  const store = document.createElement('strong');
  store.textContent = me.storeName;
  el('store-name').replaceChildren(store, ` · ${t('till.name')}`);
  document.title = `${t('till.name')} – ${me.storeName}`;
  showLogo(me);
  document.querySelectorAll('.currency-code').forEach((e) => { e.textContent = state.money.code; });
  document.querySelectorAll('.currency-symbol').forEach((e) => { e.textContent = state.money.symbol; });
  el('amount').placeholder = state.money.zero;
  el('receipt').value = suggestReceiptId();
  clearCard();
  clearMessages();
  focusScan();
}

// The program's logo replaces its name in the bar once it has loaded; without one, the name stays.
function wireLogo() {
  const logo = el('logo');
  logo.addEventListener('load', () => { logo.hidden = false; el('program-name').hidden = true; });
  logo.addEventListener('error', () => { logo.hidden = true; el('program-name').hidden = false; });
}

function showLogo(me) {
  const logo = el('logo');
  logo.alt = me.programName;
  logo.src = `/programs/${encodeURIComponent(me.programId)}/images/logo@2x.png`;
}

function signOut(message) {
  stopCamera();
  sessionStorage.removeItem(SESSION_KEY);
  Object.assign(state, { key: null, me: null, money: null });
  state.retryKeys.clear();
  clearCard();
  clearMessages();
  el('till').hidden = true;
  el('sign-out').hidden = true;
  el('sign-in').hidden = false;
  el('store-name').replaceChildren();
  el('logo').hidden = true;
  el('program-name').hidden = false;
  el('program-name').textContent = t('till.name');
  document.title = `${t('till.name')} – WalletLoyalty`;
  if (message) showSignInError(message, ''); else el('sign-in-error').hidden = true;
  el('key').focus();
}
