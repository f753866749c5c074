// The overview's cards: each figure of the period in large, the period before under it and an arrow for the change.
import { t } from '../staff/texts.js';
import { el, h } from './dom.js';
import { changeOf, figureText } from './overview-figures.js';

const CARDS = [
  { field: 'netAmountMinor', kind: 'money', label: 'marketing.overview.kpi.net-amount' },
  { field: 'purchases', kind: 'count', label: 'marketing.overview.kpi.purchases' },
  { field: 'customers', kind: 'count', label: 'marketing.overview.kpi.customers' },
  { field: 'averageOrderValueMinor', kind: 'money', label: 'marketing.overview.kpi.average-order' },
  { field: 'newCustomers', kind: 'count', label: 'marketing.overview.kpi.new-customers' },
  { field: 'repeatPurchaseRate', kind: 'rate', label: 'marketing.overview.kpi.repeat-rate' },
  { field: 'retentionRate', kind: 'rate', label: 'marketing.overview.kpi.retention' },
  { field: 'lifetimeValueMinor', kind: 'money', label: 'marketing.overview.kpi.lifetime-value' },
];

const ARROWS = { up: '▲', down: '▼', flat: '■' };

export function showKpis(kpis, currency) {
  el('overview-kpis').replaceChildren(...CARDS.map((card) => kpiCard(card, kpis, currency)));
}

function kpiCard({ field, kind, label }, kpis, currency) {
  const before = kpis.previous?.[field];
  const change = changeOf(kpis[field], before, kind);
  return h('div', { class: 'kpi', 'data-figure': field },
    h('span', { class: 'kpi-label', text: t(label) }),
    h('span', { class: 'kpi-value', text: figureText(kpis[field], kind, currency) }),
    h('span', { class: 'kpi-note' },
      change
        ? h('span', { class: `change ${change.direction}` },
          h('span', { 'aria-hidden': 'true', text: `${ARROWS[change.direction]} ` }),
          h('span', { class: 'sr-only', text: `${t(`marketing.overview.change.${change.direction}`)} ` }),
          change.text)
        : null,
      h('span', { class: 'before', text: t('marketing.overview.before', { value: figureText(before, kind, currency) }) })));
}
