// One member's page: profile and consent to correct, the balance, the card, the ledger a page at a time, coupons and consent history.
import { Problem, busy } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { clearInvalid, el, h, markInvalid } from './dom.js';
import { num } from './format.js';
import { dateTime, kindName, shortDate, signedPoints } from './member-format.js';
import { membersPath } from './members.js';
import { showView } from './navigation.js';
import { api, say, showProblem, state } from './state.js';

const LEDGER_PAGE_SIZE = 50;
const PROFILE_FIELDS = {
  firstName: 'member-first-name', lastName: 'member-last-name', email: 'member-email', phone: 'member-phone',
  birthday: 'member-birthday', externalId: 'member-external-id',
};

export const memberPath = (id) => `${membersPath(state.program.id)}/${id}`;

export function wireMember() {
  el('member-profile').addEventListener('submit', (event) => {
    event.preventDefault();
    busy(el('member-profile'), saveProfile);
  });
  el('ledger-previous').addEventListener('click', () => turnLedger(-1));
  el('ledger-next').addEventListener('click', () => turnLedger(1));
}

/** Opens a member, on the first page of their ledger unless another is asked for. */
export async function openMember(id, ledgerPage = 1) {
  try {
    const member = await api('GET', `${memberPath(id)}?ledgerPage=${ledgerPage}`);
    showView('member-view');
    renderMember(member);
    return true;
  } catch (problem) {
    showProblem(problem, t('marketing.member.open-failed', { id }));
    return false;
  }
}

/** Shows a member as the API answered them. */
export function renderMember(member) {
  state.member = member;
  const profile = member.profile;
  const name = fullName(profile);
  document.title = `${name} – ${state.program.name}`;
  el('member-title').textContent = name;
  const stateChip = el('member-state');
  stateChip.hidden = !profile.cardVoidedAt;
  stateChip.className = 'chip status-voided';
  stateChip.textContent = t('marketing.member.card-voided');
  el('member-facts').textContent = [
    t('marketing.member.number', { number: profile.memberNumber }),
    profile.tier,
    t('marketing.member.joined', { date: shortDate(profile.joinedAt) }),
    profile.source ? t('marketing.member.source', { source: profile.source }) : null,
  ].filter(Boolean).join(' · ');
  for (const [field, id] of Object.entries(PROFILE_FIELDS)) el(id).value = profile[field] ?? '';
  el('member-consent').checked = profile.marketingConsent;
  clearInvalid(el('member-profile'));
  clearInvalid(el('member-adjust'));
  el('member-balance').replaceChildren(h('span', { text: tn('marketing.member.points', member.points) }),
    h('span', { class: 'sub', text: member.tier }));
  el('member-passes').replaceChildren(...member.passes.filter((p) => p.kind === 'storeCard').map(passItem));
  el('member-passes').hidden = member.passes.length === 0;
  el('member-void').hidden = Boolean(profile.cardVoidedAt);
  renderLedger(member.ledger);
  el('member-coupons').replaceChildren(...(member.coupons.length
    ? member.coupons.map((c) => h('li', {}, h('strong', { text: c.title }), h('span', { class: 'sub', text: couponState(c) })))
    : [h('li', { class: 'muted', text: t('marketing.member.no-coupons') })]));
  el('member-consents').replaceChildren(...(member.consents.length
    ? member.consents.map((c) => h('li', {},
      h('strong', { text: c.granted ? t('marketing.member.consent-given') : t('marketing.member.consent-withdrawn') }),
      h('span', { class: 'sub', text: t('marketing.member.consent-how', { date: dateTime(c.occurredAt), channel: c.channel, version: c.textVersion }) })))
    : [h('li', { class: 'muted', text: t('marketing.member.no-consents') })]));
}

export const fullName = (profile) =>
  [profile.firstName, profile.lastName].filter(Boolean).join(' ') || profile.displayName || t('marketing.member-list.no-name');

function passItem(pass) {
  const places = [
    pass.appleDevices.length ? tn('marketing.member.iphones', pass.appleDevices.length) : null,
    pass.google?.savedAt && !pass.google?.deletedAt ? t('marketing.member.in-google') : null,
  ].filter(Boolean);
  return h('li', {},
    h('span', { class: 'mono', text: pass.serialNumber }),
    pass.voided ? h('span', { class: 'chip status-voided', text: t('marketing.member.voided') }) : null,
    h('span', { class: 'sub', text: places.length ? places.join(' · ') : t('marketing.member.not-installed') }));
}

function couponState(coupon) {
  if (coupon.redeemedAt) return t('marketing.member.coupon-redeemed', { date: shortDate(coupon.redeemedAt) });
  if (coupon.status === 'void') return t('marketing.member.coupon-withdrawn');
  return coupon.expiresAt ? t('marketing.member.coupon-until', { date: shortDate(coupon.expiresAt) }) : t('marketing.member.coupon-open');
}

function renderLedger(ledger) {
  const pages = Math.max(1, Math.ceil(ledger.total / LEDGER_PAGE_SIZE));
  el('ledger-rows').replaceChildren(...(ledger.entries.length ? ledger.entries.map(ledgerRow)
    : [h('tr', {}, h('td', { colspan: 5, class: 'muted', text: t('marketing.member.no-entries') }))]));
  el('ledger-page').textContent = pages > 1 ? t('marketing.member-list.page-of', { page: num(ledger.page), pages: num(pages) }) : '';
  el('ledger-previous').disabled = ledger.page <= 1;
  el('ledger-next').disabled = ledger.page >= pages;
  el('ledger-previous').closest('nav').hidden = pages <= 1;
}

function ledgerRow(entry) {
  const points = signedPoints(entry.points);
  const detail = [entry.reason, entry.receiptId ? t('marketing.member.receipt', { id: entry.receiptId }) : null, entry.storeId].filter(Boolean).join(' · ');
  return h('tr', { 'data-kind': entry.kind },
    h('td', { text: dateTime(entry.occurredAt) }),
    h('td', { text: kindName(entry.kind) }),
    h('td', { class: points.class, text: points.text }),
    h('td', { class: 'num', text: num(entry.balanceAfter) }),
    h('td', { class: 'contact', text: detail }));
}

async function turnLedger(step) {
  const page = Math.max(1, state.member.ledger.page + step);
  await busy(el('member-ledger-title').closest('section'), () => openMember(state.member.id, page));
}

async function saveProfile() {
  const profile = state.member.profile;
  const change = {};
  for (const [field, id] of Object.entries(PROFILE_FIELDS)) {
    const value = el(id).value.trim();
    if (value !== (profile[field] ?? '')) change[field] = value;
  }
  if (el('member-consent').checked !== profile.marketingConsent) change.marketingConsent = el('member-consent').checked;
  clearInvalid(el('member-profile'));
  if (Object.keys(change).length === 0) {
    say('ok', t('marketing.member.nothing-changed'));
    return;
  }
  try {
    await api('PATCH', memberPath(state.member.id), change);
    await openMember(state.member.id, state.member.ledger.page);
    say('ok', t('marketing.member.saved', { name: fullName(state.member.profile) }));
  } catch (problem) {
    if (problem instanceof Problem && problem.status === 400 && problem.errors) {
      showFieldErrors(problem.errors, { ...PROFILE_FIELDS, marketingConsent: 'member-consent' });
    }
    showProblem(problem, t('marketing.member.not-saved'));
  }
}

/** Puts each of a validation problem's messages under the box it names. */
export function showFieldErrors(errors, fields) {
  let first = null;
  for (const [name, messages] of Object.entries(errors)) {
    const id = fields[name] ?? fields[Object.keys(fields).find((f) => f.toLowerCase() === name.toLowerCase())];
    if (!id) continue;
    markInvalid(el(id), messages.join(' '));
    first ??= el(id);
  }
  first?.focus();
}
