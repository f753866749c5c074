// The campaigns of the program, newest first, with counts by status; polled while something is going out.
import { t, tn } from '../staff/texts.js';
import { el, h, statusChip } from './dom.js';
import { headline } from './figures.js';
import { num, percent, sum } from './format.js';
import { go, showView, stopPolling } from './navigation.js';
import { api, showProblem, state } from './state.js';
import { triggerSummary } from './trigger-text.js';

export const campaignsPath = (programId) => `/api/v1/campaigns?programId=${encodeURIComponent(programId)}`;

export function wireList() {
  el('new-campaign').addEventListener('click', () => go('#/new'));
  el('first-campaign').addEventListener('click', () => go('#/new'));
  // A whole row opens its campaign; the name inside stays a real link for the keyboard and for new tabs.
  el('campaign-rows').addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-id]');
    if (row && !event.target.closest('a')) go(`#/campaigns/${row.dataset.id}`);
  });
}

/** Opens the list, loading it unless it was just loaded. */
export async function showList(campaigns) {
  showView('list-view');
  document.title = `${t('marketing.name')} – ${state.program.name}`;
  try {
    renderList(campaigns ?? await api('GET', campaignsPath(state.program.id)));
  } catch (problem) {
    showProblem(problem, t('marketing.list.failed'));
  }
}

function renderList(data) {
  const campaigns = Array.isArray(data) ? data : data?.items ?? data?.campaigns ?? [];
  el('campaign-rows').replaceChildren(...campaigns.map(campaignRow));
  el('list-empty').hidden = campaigns.length > 0;
  el('campaign-rows').closest('table').hidden = campaigns.length === 0;
  const count = (...statuses) => campaigns.filter((c) => statuses.includes(c.status)).length;
  const sent = sum(campaigns.map((c) => headline(c).sent));
  el('list-summary').textContent = [
    state.program.name,
    state.program.members === undefined ? null : tn('marketing.members', state.program.members),
    campaigns.length ? t('marketing.list.newest-first', { campaigns: tn('marketing.campaigns', campaigns.length) }) : t('marketing.list.none'),
  ].filter(Boolean).join(' · ');
  el('list-stats').replaceChildren(
    stat(t('marketing.stat.drafts'), count('draft')),
    stat(t('marketing.stat.scheduled'), count('scheduled', 'paused')),
    stat(t('marketing.stat.sending'), count('sending')),
    stat(t('marketing.stat.completed'), count('completed')),
    stat(t('marketing.stat.messages-sent'), sent));
  el('list-stats').hidden = campaigns.length === 0;
  // While something is going out, the numbers move: look again shortly.
  if (count('sending', 'scheduled') > 0 && state.view === 'list-view') {
    stopPolling();
    state.poll = setTimeout(async () => {
      if (state.view !== 'list-view' || document.hidden) return;
      try { renderList(await api('GET', campaignsPath(state.program.id))); } catch { /* the next visit retries */ }
    }, count('sending') ? 3000 : 10000);
  }
}

function stat(label, value) {
  return h('div', { class: 'stat' }, h('span', { class: 'stat-value', text: num(value) }), h('span', { class: 'stat-label', text: label }));
}

function campaignRow(campaign) {
  const numbers = headline(campaign);
  return h('tr', { 'data-id': campaign.id, 'data-status': campaign.status },
    h('td', { class: 'name-cell' },
      h('a', { href: `#/campaigns/${campaign.id}`, text: campaign.name || t('marketing.untitled') }),
      h('span', { class: 'sub', text: campaign.message?.title ?? '' }),
      h('span', { class: 'sub when-inline', text: campaign.trigger ? triggerSummary(campaign.trigger) : '' })),
    h('td', {}, statusChip(campaign.status)),
    h('td', { class: 'when', text: campaign.trigger ? triggerSummary(campaign.trigger) : '' }),
    h('td', { class: 'num', text: num(numbers.audience) }),
    h('td', { class: 'num', text: num(numbers.sent) }),
    h('td', { class: 'num' }, num(numbers.delivered),
      numbers.sent ? h('span', { class: 'sub', text: percent(numbers.delivered ?? 0, numbers.sent) }) : null),
    h('td', { class: 'num', text: campaign.coupon ? num(numbers.redeemed) : '–' }));
}
