// The members view: a search by name, e-mail, phone, member number or external id, and the matches 50 a page.
import { busy } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { el, h } from './dom.js';
import { num } from './format.js';
import { go, showView } from './navigation.js';
import { api, showProblem, state } from './state.js';
import { shortDate } from './member-format.js';

const PAGE_SIZE = 50;
const search = { q: '', tier: '', page: 1, total: 0 };

export const membersPath = (programId) => `/api/v1/programs/${encodeURIComponent(programId)}/members`;

export function wireMembers() {
  el('member-search').addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(search, { q: el('member-q').value.trim(), tier: el('member-tier').value, page: 1 });
    busy(el('member-search'), loadMembers);
  });
  el('members-previous').addEventListener('click', () => turnPage(-1));
  el('members-next').addEventListener('click', () => turnPage(1));
  // A whole row opens its member; the name inside stays a real link for the keyboard and for new tabs.
  el('member-rows').addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-id]');
    if (row && !event.target.closest('a')) go(`#/members/${row.dataset.id}`);
  });
}

/** Opens the members view with the last search, so Back from a member returns to the same page of matches. */
export async function showMembers() {
  showView('members-view');
  document.title = `${t('marketing.member-list.title')} – ${state.program.name}`;
  el('member-q').value = search.q;
  const tiers = state.program.tiers ?? [];
  el('member-tier').replaceChildren(h('option', { value: '', text: t('marketing.member-list.any-tier') }),
    ...tiers.map((tier) => h('option', { value: tier, text: tier })));
  el('member-tier').value = tiers.includes(search.tier) ? search.tier : '';
  await loadMembers();
}

/** Forgets the search, for another program or another key. */
export function resetMemberSearch() {
  Object.assign(search, { q: '', tier: '', page: 1, total: 0 });
}

async function turnPage(step) {
  search.page = Math.max(1, search.page + step);
  await busy(el('members-view').querySelector('.pager'), loadMembers);
}

async function loadMembers() {
  const query = new URLSearchParams({ page: String(search.page) });
  if (search.q) query.set('q', search.q);
  if (search.tier) query.set('tier', search.tier);
  try {
    render(await api('GET', `${membersPath(state.program.id)}?${query}`));
  } catch (problem) {
    showProblem(problem, t('marketing.member-list.failed'));
  }
}

function render(result) {
  search.total = result.total;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  el('member-rows').replaceChildren(...result.items.map(memberRow));
  el('member-rows').closest('table').hidden = result.items.length === 0;
  const empty = el('members-empty');
  empty.hidden = result.items.length > 0;
  empty.textContent = search.q || search.tier ? t('marketing.member-list.none-found') : t('marketing.member-list.none-yet');
  el('members-summary').textContent = search.q
    ? t('marketing.member-list.found', { count: tn('marketing.members', result.total), q: search.q })
    : tn('marketing.members', result.total);
  el('members-page').textContent = t('marketing.member-list.page-of', { page: num(result.page), pages: num(pages) });
  el('members-previous').disabled = result.page <= 1;
  el('members-next').disabled = result.page >= pages;
  el('members-view').querySelector('.pager').hidden = pages <= 1;
}

function memberRow(member) {
  const name = [member.firstName, member.lastName].filter(Boolean).join(' ') || member.displayName || t('marketing.member-list.no-name');
  return h('tr', { 'data-id': member.id },
    h('td', { class: 'name-cell' },
      h('a', { href: `#/members/${member.id}`, text: name }),
      h('span', { class: 'sub mono', text: member.memberNumber })),
    h('td', { class: 'contact' },
      member.email ? h('span', { class: 'sub', text: member.email }) : null,
      member.phone ? h('span', { class: 'sub', text: member.phone }) : null,
      member.externalId ? h('span', { class: 'sub mono', text: member.externalId }) : null),
    h('td', { text: member.tier }),
    h('td', { class: 'num', text: num(member.points) }),
    h('td', { class: 'when', text: shortDate(member.joinedAt) }));
}
