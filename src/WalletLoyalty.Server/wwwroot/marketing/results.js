// While a campaign sends, its results are fetched every 2 s; while it waits for its time, every 5 s, so the start shows too.
// Deliveries are confirmed after the sending ends, so a finished campaign is looked at again until its numbers settle.
import { Problem } from '../staff/api.js';
import { t, tn } from '../staff/texts.js';
import { showCharts } from './charts.js';
import { el, h, setChip } from './dom.js';
import { queuedPercent, skippedOf } from './figures.js';
import { num, percent, sum, wholePercent } from './format.js';
import { channelName, statusName } from './labels.js';
import { showView, stopPolling } from './navigation.js';
import { api, say, showProblem, state } from './state.js';
import { segmentFilter } from './segment-text.js';
import { formatLocal } from './times.js';
import { triggerSummary } from './trigger-text.js';

const POLL = { sending: 2000, scheduled: 5000 };
const SETTLE_MS = 60000;

// The charts are drawn at the size of their box, so they are drawn again when the window changes size: once a frame,
// before it is painted, so a narrower window never shows the wider charts squeezed into it.
export function wireResults() {
  let frame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => { if (state.view === 'results-view' && state.results) showResults(state.results); });
  });
}

export async function openResults(campaign) {
  showView('results-view');
  state.campaign = campaign;
  state.announced = null;
  state.results = null;
  state.resultsChangedAt = Date.now();
  showResultsHeader();
  showSummary(campaign);
  await refreshResults();
}

function showResultsHeader() {
  const c = state.campaign;
  el('results-title').textContent = c.name;
  setChip(el('results-status'), c.status);
  el('results-when').textContent = triggerSummary(c.trigger);
  el('action-pause').hidden = !['scheduled', 'sending'].includes(c.status);
  el('action-resume').hidden = c.status !== 'paused';
  el('action-cancel').hidden = !['scheduled', 'sending', 'paused'].includes(c.status);
  document.title = `${c.name} – ${statusName(c.status)} – ${t('marketing.name')}`;
}

async function refreshResults() {
  const id = state.campaign.id;
  let results = null;
  try {
    results = await api('GET', `/api/v1/campaigns/${id}/results`);
  } catch (problem) {
    if (!(problem instanceof Problem) || problem.status === 401) return showProblem(problem, '');
    if (problem.status !== 404 && problem.status !== 409) say('error', t('marketing.results.failed'), problem.detail || problem.title);
  }
  if (state.view !== 'results-view' || state.campaign?.id !== id) return;
  if (results?.status && results.status !== state.campaign.status) {
    state.campaign.status = results.status;
    showResultsHeader();
    el('status').replaceChildren();
  }
  if (JSON.stringify(results) !== JSON.stringify(state.results)) state.resultsChangedAt = Date.now();
  showResults(results ?? {});
  announce(results ?? {});
  stopPolling();
  const settling = Date.now() - state.resultsChangedAt < SETTLE_MS ? 5000 : null;
  const delay = POLL[state.campaign.status] ?? settling;
  if (delay) state.poll = setTimeout(refreshResults, delay);
}

function showResults(r) {
  const status = state.campaign.status;
  // Every channel is reported; show the campaign's own, and any other that somehow has numbers.
  const chosen = state.campaign.channels ?? [];
  const channels = Object.entries(r.channels ?? {}).filter(([name, c]) => chosen.includes(name) || c.sent || c.delivered || c.failed || skippedOf(c));
  const total = (key) => sum(channels.map(([, c]) => c[key]));
  const skipped = sum(channels.map(([, c]) => skippedOf(c)));
  const sent = total('sent');
  const progress = r.progress ?? { enqueued: 0, total: 0 };
  const ran = (progress.total ?? 0) > 0 || (r.audience ?? 0) > 0 || sent > 0;
  showWaiting(ran ? null : status);
  el('kpis').hidden = !ran;
  el('charts').hidden = !ran;
  el('progress').hidden = !(status === 'sending' || (status === 'paused' && progress.enqueued < progress.total));
  showProgress(progress, status);
  const treated = r.audience === undefined ? null : r.audience - (r.holdOut ?? 0);
  kpi('audience', r.audience, r.holdOut ? t('marketing.results.held-out', { count: num(r.holdOut) }) : t('marketing.results.no-hold-out'));
  const nearby = state.campaign.trigger?.type === 'location' ? t('marketing.results.nearby', { count: num(r.nearbyPushes ?? 0) }) : null;
  kpi('sent', channels.length ? sent : null, treated === null ? '' : [t('marketing.results.to', { members: tn('marketing.members', treated) }), nearby].filter(Boolean).join(' · '));
  kpi('delivered', channels.length ? total('delivered') : null, sent ? t('marketing.results.of-sent', { percent: percent(total('delivered'), sent) }) : '');
  kpi('problems', channels.length ? total('failed') + skipped : null,
    channels.length ? t('marketing.results.problems-split', { failed: num(total('failed')), skipped: num(skipped) }) : '');
  const coupon = state.campaign.coupon;
  kpi('coupons', coupon && r.coupons ? r.coupons.redeemed : null,
    !coupon ? t('marketing.results.no-coupon') : r.coupons ? t('marketing.results.of-issued', { issued: num(r.coupons.issued) }) : '');
  state.results = r;
  showCharts({ ...r, channels: Object.fromEntries(channels) });
}

// Before a campaign first fires there is nothing to chart, only what will happen (or why nothing did).
function showWaiting(status) {
  el('waiting').hidden = !status;
  if (!status) return;
  const when = triggerSummary(state.campaign.trigger);
  const [text, hint] = {
    scheduled: [t('marketing.waiting.scheduled', { when }), t('marketing.waiting.scheduled-hint')],
    paused: [t('marketing.waiting.paused'), t('marketing.waiting.paused-hint', { when })],
    cancelled: [t('marketing.waiting.cancelled'), t('marketing.waiting.cancelled-hint')],
    missed: [t('marketing.waiting.missed'), t('marketing.waiting.missed-hint')],
    completed: [t('marketing.waiting.completed'), t('marketing.waiting.completed-hint')],
    sending: [t('marketing.waiting.sending'), t('marketing.waiting.sending-hint')],
  }[status] ?? [statusName(status), ''];
  el('waiting-text').textContent = text;
  el('waiting-hint').textContent = hint;
}

function showProgress(progress, status) {
  const share = queuedPercent(progress);
  el('progress-title').textContent = statusName(status === 'paused' ? 'paused' : 'sending');
  el('progress-text').textContent = t('marketing.progress', { queued: num(progress.enqueued), messages: tn('marketing.messages', progress.total), percent: wholePercent(share) });
  // A style property set from script, which the page's policy allows where a style attribute in markup would not be.
  el('progress-fill').style.width = `${share}%`;
  el('progress-bar').setAttribute('aria-valuenow', share);
  el('progress-bar').setAttribute('aria-valuetext', t('marketing.progress.queued', { percent: wholePercent(share) }));
}

function kpi(name, value, note) {
  el(`kpi-${name}`).textContent = num(value);
  el(`kpi-${name}-note`).textContent = note;
}

// Screen readers hear the status when it changes and the progress in quarters, not every poll.
function announce(r) {
  const status = state.campaign.status;
  const progress = r.progress?.total ? Math.floor(4 * r.progress.enqueued / r.progress.total) * 25 : 0;
  const key = `${status} ${status === 'sending' ? progress : ''}`;
  if (state.announced === key) return;
  const first = state.announced === null;
  state.announced = key;
  if (first && status !== 'sending') return;
  const sent = sum(Object.values(r.channels ?? {}).map((c) => c.sent));
  el('results-live').textContent = status === 'sending' ? t('marketing.announce.sending', { percent: wholePercent(progress) })
    : status === 'completed' ? t('marketing.announce.completed', { messages: tn('marketing.messages', sent) })
    : t('marketing.announce.status', { status: statusName(status) });
}

function showSummary(c) {
  const a = c.audience ?? {};
  const filters = [
    a.tiers?.length ? t('marketing.filter.tiers', { tiers: a.tiers.join(', ') }) : null,
    a.minPoints !== null && a.minPoints !== undefined ? t('marketing.filter.min-points', { points: tn('marketing.points', a.minPoints) }) : null,
    a.maxPoints !== null && a.maxPoints !== undefined ? t('marketing.filter.max-points', { points: tn('marketing.points', a.maxPoints) }) : null,
    a.inactiveDays ? t('marketing.filter.inactive', { days: tn('marketing.days', a.inactiveDays) }) : null,
    a.birthday ? t(a.birthday === 'today' ? 'marketing.filter.birthday-today' : 'marketing.filter.birthday-month') : null,
    a.sources?.length ? t('marketing.filter.sources', { sources: a.sources.join(', ') }) : null,
    a.platforms?.length ? t('marketing.filter.platforms', { platforms: a.platforms.join(', ') }) : null,
    a.joinedAfter ? t('marketing.filter.joined-after', { date: formatLocal(a.joinedAfter) }) : null,
    a.joinedBefore ? t('marketing.filter.joined-before', { date: formatLocal(a.joinedBefore) }) : null,
    a.purchases ? segmentFilter(a.purchases, state.program?.currency) : null,
  ].filter(Boolean);
  const coupon = c.coupon
    ? [c.coupon.title, c.coupon.description, c.coupon.validDays ? t('marketing.summary.valid', { days: tn('marketing.days', c.coupon.validDays) }) : null].filter(Boolean).join(' · ')
    : t('marketing.summary.no-coupon');
  const rows = [
    [t('marketing.message'), h('span', {}, h('strong', { text: c.message?.title ?? '' }), h('br'), c.message?.body ?? '')],
    [t('marketing.audience'), t('marketing.summary.audience', {
      filters: filters.length ? filters.join('; ') : t('marketing.summary.all-members'), percent: wholePercent(a.holdOutPercent ?? 0),
    })],
    [t('marketing.channels'), (c.channels ?? []).map(channelName).join(', ')],
    [t('marketing.coupon'), coupon],
    [t('marketing.when'), triggerSummary(c.trigger)],
  ];
  el('campaign-summary').replaceChildren(...rows.flatMap(([term, value]) => [h('dt', { text: term }), h('dd', {}, value)]));
}
