// The survey answers view: scores and comments by score band, words and local dates, newest first, 50 a page.
import { busy } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { el, h } from './dom.js';
import { num } from './format.js';
import { showView } from './navigation.js';
import { api, showProblem, state } from './state.js';
import { dateTime } from './member-format.js';
import { answersQuery, bandOf } from './survey-query.js';

const PAGE_SIZE = 50;
const search = { q: '', score: '', from: '', to: '', page: 1 };

export const answersPath = (programId) => `/api/v1/programs/${encodeURIComponent(programId)}/surveys/answers`;

export function wireSurveys() {
  el('survey-search').addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(search, {
      q: el('survey-q').value.trim(), score: el('survey-band').value, from: el('survey-from').value, to: el('survey-to').value, page: 1,
    });
    busy(el('survey-search'), loadAnswers);
  });
  el('surveys-previous').addEventListener('click', () => turnPage(-1));
  el('surveys-next').addEventListener('click', () => turnPage(1));
}

export async function showSurveys() {
  showView('surveys-view');
  document.title = `${t('marketing.survey-list.title')} – ${state.program.name}`;
  el('survey-q').value = search.q;
  el('survey-band').value = search.score;
  el('survey-from').value = search.from;
  el('survey-to').value = search.to;
  await loadAnswers();
}

/** Forgets the search, for another program or another key. */
export function resetSurveySearch() {
  Object.assign(search, { q: '', score: '', from: '', to: '', page: 1 });
}

async function turnPage(step) {
  search.page = Math.max(1, search.page + step);
  await busy(el('surveys-view').querySelector('.pager'), loadAnswers);
}

async function loadAnswers() {
  try {
    render(await api('GET', `${answersPath(state.program.id)}?${answersQuery(search)}`));
  } catch (problem) {
    showProblem(problem, t('marketing.survey-list.failed'));
  }
}

function render(result) {
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  el('survey-rows').replaceChildren(...result.items.map(answerRow));
  el('survey-rows').closest('table').hidden = result.items.length === 0;
  const filtered = search.q || search.score || search.from || search.to;
  const empty = el('surveys-empty');
  empty.hidden = result.items.length > 0;
  empty.textContent = filtered ? t('marketing.survey-list.none-found') : t('marketing.survey-list.none-yet');
  el('surveys-summary').textContent = tn('marketing.answers', result.total);
  el('surveys-page').textContent = t('marketing.member-list.page-of', { page: num(result.page), pages: num(pages) });
  el('surveys-previous').disabled = result.page <= 1;
  el('surveys-next').disabled = result.page >= pages;
  el('surveys-view').querySelector('.pager').hidden = pages <= 1;
}

function answerRow(answer) {
  return h('tr', {},
    h('td', { class: 'num' }, h('span', { class: `score-badge ${bandOf(answer.score)}`, text: num(answer.score) })),
    h('td', { class: 'comment', text: answer.comment ?? '–' }),
    h('td', {}, h('a', { href: `#/members/${answer.memberId}`, text: `#${answer.memberId}` })),
    h('td', { class: 'language', text: answer.language }),
    h('td', { class: 'when', text: dateTime(answer.answeredAt) }));
}
