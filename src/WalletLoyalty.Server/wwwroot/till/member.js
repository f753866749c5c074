// The member on the till: their card, balance, rewards and coupons, and redeeming one of them.
import { busy, Problem } from '../staff/api.js';
import { t } from '../staff/texts.js';
import { el, focusScan, markInvalid } from './dom.js';
import { formatNumber, formatPoints } from './format.js';
import { say, showProblem } from './messages.js';
import { couponBlocker, couponsToList, couponText, rewardBlocker } from './offer-rules.js';
import { disarm, emptyItem, offerItem } from './offer-items.js';
import { compactMemberNumber } from './parse.js';
import { api } from './state.js';

const shown = { card: null, code: null }; // the card on the till, and the code it was opened with

// A scanned coupon comes with its holder but not their rewards and other coupons: those come from the member's card.
export async function fetchCard(code) {
  const card = await api('GET', `/api/v1/till/cards/${encodeURIComponent(code)}`);
  if (card.kind !== 'coupon') return card;
  const holder = await api('GET', `/api/v1/till/cards/${encodeURIComponent(compactMemberNumber(card.member.number))}`);
  return { ...holder, kind: 'coupon', coupon: card.coupon };
}

// After a change, reload the card without touching the messages or the focus.
export async function refreshCard() {
  if (!shown.code) return;
  try {
    showCard(await fetchCard(shown.code), shown.code);
  } catch (problem) {
    if (!(problem instanceof Problem)) throw problem;
  }
}

export function showCard(card, code) {
  disarm();
  Object.assign(shown, { card, code });
  const member = card.member;
  el('member-name').textContent = member.name;
  el('member-number').textContent = member.number;
  el('member-tier').textContent = member.tier;
  el('member-points').textContent = formatNumber(member.points);
  renderRewards(card.rewards ?? [], member.points);
  renderCoupons(couponsToList(card), card.kind === 'coupon' ? card.coupon.id : null);
  el('idle').hidden = true;
  el('member').hidden = false;
}

export function clearCard() {
  disarm();
  Object.assign(shown, { card: null, code: null });
  el('member').hidden = true;
  el('idle').hidden = false;
  el('amount').value = '';
  markInvalid(el('amount'), false);
}

// Earning and rewards need the member's card; when a coupon was scanned, its member's number stands in.
export function memberCode() {
  return shown.card.kind === 'member' ? shown.code : compactMemberNumber(shown.card.member.number);
}

export function showBalance(balance, tier) {
  el('member-points').textContent = formatNumber(balance);
  if (tier) el('member-tier').textContent = tier;
}

function renderRewards(rewards, balance) {
  const items = rewards.map((reward) => offerItem({
    data: { reward: reward.id },
    title: reward.name,
    text: formatPoints(reward.points),
    why: rewardBlocker(reward, balance),
    question: t('till.reward.question', { reward: reward.name, points: formatPoints(reward.points) }),
    onConfirm: (item) => redeem(item, { code: memberCode(), rewardId: reward.id }, reward.name),
  }));
  el('rewards').replaceChildren(...(items.length ? items : [emptyItem(t('till.no-rewards'))]));
}

// The till never sees a listed coupon's code: the scanned one is redeemed by the code scanned, the others by
// their id with the member's card.
function renderCoupons(coupons, scannedId) {
  const items = coupons.map((coupon) => {
    const scanned = coupon.id === scannedId;
    const item = offerItem({
      data: { coupon: coupon.id },
      title: coupon.title,
      text: couponText(coupon),
      why: couponBlocker(coupon),
      question: t('till.coupon.question', { coupon: coupon.title }),
      onConfirm: (it) => redeem(it, scanned ? { code: shown.code } : { code: memberCode(), couponId: coupon.id }, coupon.title),
    });
    if (scanned) item.classList.add('scanned');
    return item;
  });
  el('coupons').replaceChildren(...(items.length ? items : [emptyItem(t('till.no-coupons'))]));
}

async function redeem(item, body, name) {
  await busy(item, async () => {
    try {
      const result = await api('POST', '/api/v1/till/redeem', body);
      disarm();
      if (result.kind !== 'coupon') showBalance(result.balance);
      await refreshCard();
      if (result.kind === 'coupon') {
        say('ok', t('till.coupon.redeemed', { coupon: name }), t('till.coupon.redeemed-detail'));
      } else {
        say('ok', t('till.reward.redeemed', { points: formatPoints(result.pointsDebited), reward: name, balance: formatNumber(result.balance) }),
          t('till.reward.redeemed-detail'));
      }
      focusScan();
    } catch (problem) {
      if (!(problem instanceof Problem)) throw problem;
      disarm();
      showProblem(problem, t('till.redeem.failed', { name }));
    }
  });
}
