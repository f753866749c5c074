// The overview, the marketer's home: it asks the KPI API for the chosen period and draws each part from the answers.
import { busy } from '../staff/api.js';
import { pageLanguage, t } from '../staff/texts.js';
import { downloadCsv } from './csv-download.js';
import { el } from './dom.js';
import { showView } from './navigation.js';
import { addDays, cohortSpanOf, dateText, periodOf, todayIn, trendSpanOf } from './overview-dates.js';
import { showKpis } from './overview-kpis.js';
import { showCohorts, showFunnel, showStores } from './overview-tables.js';
import { showTrends } from './overview-trends.js';
import { api, showProblem, state } from './state.js';

const choice = { preset: '30', interval: 'week', figure: 'netAmountMinor' };
const shown = { trends: null };

export const kpisPath = (programId) => `/api/v1/programs/${encodeURIComponent(programId)}/kpis`;

export function wireOverview() {
  pick('period-choice', 'preset', () => busy(el('overview-view'), loadOverview));
  pick('trend-interval', 'interval', () => busy(el('trend-chart').closest('section'), loadTrends));
  pick('trend-figure', 'figure', () => drawTrends());
  el('overview-view').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-csv]');
    if (button) busy(button.parentElement, () => download(button.dataset.csv));
  });
  // The chart is drawn at the width of its box, so it is drawn again when the box changes width, before the next paint.
  let drawnAt = 0;
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (width && width !== drawnAt) {
      drawnAt = width;
      drawTrends();
    }
  }).observe(el('trend-chart'));
}

/** Opens the overview for the chosen period. */
export async function showOverview() {
  showView('overview-view');
  document.title = `${t('marketing.overview.title')} – ${state.program.name}`;
  await loadOverview();
}

function pick(group, name, changed) {
  const buttons = () => el(group).querySelectorAll('button');
  const mark = () => buttons().forEach((b) => b.setAttribute('aria-pressed', String(b.dataset[name] === choice[name])));
  mark();
  el(group).addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button || button.dataset[name] === choice[name]) return;
    choice[name] = button.dataset[name];
    mark();
    changed();
  });
}

function period() {
  return periodOf(choice.preset, todayIn(state.program.timeZone));
}

const query = (span, extra = {}) => new URLSearchParams({ from: span.from, to: span.to, ...extra });

async function loadOverview() {
  const p = period();
  const path = kpisPath(state.program.id);
  try {
    const [kpis, stores, cohorts] = await Promise.all([
      api('GET', `${path}?${query(p)}`),
      api('GET', `${path}/stores?${query(p)}`),
      api('GET', `${path}/cohorts?${query(cohortSpanOf(p))}`),
      loadTrends(),
    ]);
    el('overview-period').textContent = t('marketing.overview.period-text', {
      period: rangeText(kpis.from, kpis.to), previous: rangeText(kpis.previous.from, kpis.previous.to),
    });
    showKpis(kpis, state.program.currency);
    showFunnel(kpis.funnel, state.program.currency);
    showStores(stores.stores, state.program.currency);
    showCohorts(cohorts.cohorts);
  } catch (problem) {
    showProblem(problem, t('marketing.overview.failed'));
  }
}

async function loadTrends() {
  const span = trendSpanOf(period(), choice.interval);
  try {
    shown.trends = await api('GET', `${kpisPath(state.program.id)}/trends?${query(span, { interval: choice.interval })}`);
    drawTrends();
  } catch (problem) {
    showProblem(problem, t('marketing.overview.failed'));
  }
}

function drawTrends() {
  if (shown.trends) showTrends(shown.trends, choice.figure, state.program.currency);
}

/** "1 – 30 March 2026" as the language writes a range of days; `to` is exclusive, so the last day is the one before. */
function rangeText(from, to) {
  const options = { day: 'numeric', month: 'long', year: 'numeric' };
  const last = addDays(to, -1);
  try {
    return new Intl.DateTimeFormat(pageLanguage(), { timeZone: 'UTC', ...options })
      .formatRange(new Date(`${from}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
  } catch {
    return `${dateText(from, pageLanguage(), options)} – ${dateText(last, pageLanguage(), options)}`;
  }
}

function download(table) {
  const p = period();
  const path = kpisPath(state.program.id);
  const id = state.program.id;
  const files = {
    figures: [`${path}?${query(p, { format: 'csv' })}`, `${id}-kpis-${p.from}-${p.to}.csv`],
    funnel: [`${path}?${query(p, { format: 'csv', table: 'funnel' })}`, `${id}-funnel-${p.from}-${p.to}.csv`],
    stores: [`${path}/stores?${query(p, { format: 'csv' })}`, `${id}-stores-${p.from}-${p.to}.csv`],
    cohorts: [`${path}/cohorts?${query(cohortSpanOf(p), { format: 'csv' })}`, `${id}-cohorts-${cohortSpanOf(p).from}-${p.to}.csv`],
    trends: [`${path}/trends?${query(trendSpanOf(p, choice.interval), { interval: choice.interval, format: 'csv' })}`,
      `${id}-trends-${choice.interval}-${shown.trends?.from ?? p.from}-${shown.trends?.to ?? p.to}.csv`],
  };
  return downloadCsv(...files[table]);
}
