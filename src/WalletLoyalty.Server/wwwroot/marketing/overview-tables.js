// The overview's tables: the funnel per flyer source, the stores compared with a bar for their sales, and the
// retention grid by join month, its cells shaded by their share (set through the CSSOM, which the page's policy allows).
import { pageLanguage, t } from '../staff/texts.js';
import { el, h } from './dom.js';
import { dateText } from './overview-dates.js';
import { money } from './overview-figures.js';
import { num, percent, wholePercent } from './format.js';

export function showFunnel(funnel, currency) {
  el('funnel-rows').replaceChildren(...funnel.map((f) => h('tr', {},
    h('th', { scope: 'row', class: f.source ? 'mono' : 'muted', text: f.source ?? t('marketing.overview.funnel.no-source') }),
    h('td', { class: 'num', text: num(f.joined) }),
    step(f.installed, f.joined), step(f.firstPurchase, f.joined), step(f.repeat, f.joined),
    h('td', { class: 'num', text: money(f.revenueMinor, currency) }))));
  el('funnel-table').hidden = funnel.length === 0;
  el('funnel-empty').hidden = funnel.length > 0;
}

// A step of the funnel: how many got there, their share of those who joined, and a bar of that share.
function step(count, joined) {
  const bar = h('span', { class: 'share-bar' }, h('span', { class: 'share-fill' }));
  bar.firstChild.style.setProperty('width', `${joined ? (100 * count) / joined : 0}%`);
  return h('td', { class: 'num step' }, h('span', { text: num(count) }), h('span', { class: 'sub', text: percent(count, joined) }), bar);
}

export function showStores(stores, currency) {
  const best = Math.max(1, ...stores.map((s) => s.netAmountMinor));
  el('store-rows').replaceChildren(...stores.map((s) => {
    const bar = h('span', { class: 'share-bar wide' }, h('span', { class: 'share-fill' }));
    bar.firstChild.style.setProperty('width', `${Math.max(0, (100 * s.netAmountMinor) / best)}%`);
    return h('tr', { 'data-store': s.store ?? '' },
      h('th', { scope: 'row' }, h('span', { text: s.name ?? s.store ?? t('marketing.overview.stores.none') }), bar),
      h('td', { class: 'num strong', text: money(s.netAmountMinor, currency) }),
      h('td', { class: 'num', text: num(s.purchases) }),
      h('td', { class: 'num', text: num(s.customers) }),
      h('td', { class: 'num', text: money(s.averageOrderValueMinor, currency) }));
  }));
}

export function showCohorts(cohorts) {
  const months = Math.max(0, ...cohorts.map((c) => c.months.length));
  el('cohort-head').replaceChildren(
    h('th', { scope: 'col', text: t('marketing.overview.cohorts.join-month') }),
    h('th', { scope: 'col', class: 'num', text: t('marketing.overview.cohorts.members') }),
    ...Array.from({ length: months }, (_, i) => h('th', { scope: 'col', class: 'num', text: t('marketing.overview.cohorts.month', { n: num(i) }) })));
  el('cohort-rows').replaceChildren(...cohorts.map((c) => h('tr', {},
    h('th', { scope: 'row', text: dateText(c.joinMonth, pageLanguage(), { month: 'short', year: 'numeric' }) }),
    h('td', { class: 'num', text: num(c.members) }),
    ...Array.from({ length: months }, (_, i) => cell(c.months[i])))));
  const none = cohorts.every((c) => c.members === 0);
  el('cohort-table').hidden = none;
  el('cohorts-empty').hidden = !none;
}

function cell(month) {
  if (!month) return h('td', { class: 'cell later' });
  if (month.share === null) return h('td', { class: 'cell num muted', text: '–' });
  const td = h('td', { class: `cell num${month.share >= 0.5 ? ' dark' : ''}`, text: wholePercent(month.share * 100), title: t('marketing.overview.cohorts.cell', { customers: num(month.customers) }) });
  td.style.setProperty('--share', String(month.share));
  return td;
}
