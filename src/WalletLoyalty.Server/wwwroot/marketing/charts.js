// Charts are inline SVG drawn at the size of their box (one SVG unit is one pixel, so the text never scales).
// Their numbers are in each chart's accessible name too.
import { COLUMN_CHART, RATE_CHART, barLength, columnLayout, rateScaleMax } from './chart-scale.js';
import { pageLanguage, t, tn } from '../staff/texts.js';
import { el, h, svg } from './dom.js';
import { liftOf, skippedOf } from './figures.js';
import { num, percent, rate } from './format.js';
import { channelName } from './labels.js';
import { state } from './state.js';

const SKIP_REASONS = { cap: 'marketing.chart.skipped-cap', quietHours: 'marketing.chart.skipped-quiet-hours', quota: 'marketing.chart.skipped-quota', consent: 'marketing.chart.skipped-consent' };

/** Draws the delivery of each channel and the purchases against the hold-out. */
export function showCharts(r) {
  const channels = Object.entries(r.channels ?? {});
  const box = el('channel-charts');
  if (!channels.length) {
    box.replaceChildren(h('p', { class: 'empty', text: t('marketing.chart.nothing-sent-yet') }));
  } else {
    const figures = channels.map(([name, c]) => channelFigure(name, c));
    box.replaceChildren(...figures.map((f) => f.figure));
    figures.forEach((f) => f.figure.insertBefore(f.draw(f.figure.clientWidth), f.figure.querySelector('.reasons')));
  }
  showPurchases(r.purchases);
}

function channelFigure(name, c) {
  const skipped = skippedOf(c);
  const stillToSend = ['sending', 'paused', 'scheduled'].includes(state.campaign.status);
  const reasons = c.skipped && typeof c.skipped === 'object'
    ? Object.entries(c.skipped).filter(([, n]) => n > 0).map(([why, n]) => (SKIP_REASONS[why] ? t(SKIP_REASONS[why], { count: num(n) }) : `${num(n)} ${why}`))
    : [];
  const columns = [
    { label: t('marketing.sent'), value: c.sent ?? 0, kind: 'sent' },
    { label: t('marketing.delivered'), value: c.delivered ?? 0, kind: 'delivered' },
    { label: t('marketing.failed'), value: c.failed ?? 0, kind: 'failed' },
    { label: t('marketing.skipped'), value: skipped, kind: 'skipped' },
  ];
  const figure = h('figure', { class: 'channel', 'data-channel': name },
    h('figcaption', {}, h('strong', { text: channelName(name) }),
      h('span', { text: c.sent ? t('marketing.chart.delivered-share', { percent: percent(c.delivered ?? 0, c.sent) }) : t(stillToSend ? 'marketing.chart.none-yet' : 'marketing.chart.none') })),
    h('p', { class: 'reasons', text: reasons.length ? t('marketing.chart.skipped', { reasons: reasons.join(', ') }) : '' }));
  const label = `${channelName(name)}: ${columns.map((col) => `${num(col.value)} ${col.label.toLocaleLowerCase(pageLanguage())}`).join(', ')}`;
  return { figure, draw: (width) => columnChart(columns, Math.max(160, width), label) };
}

function columnChart(columns, width, label) {
  const { height, baseline, bars } = columnLayout(columns.map((c) => c.value), width);
  return svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': label },
    svg('line', { x1: 0, x2: width, y1: baseline + 0.5, y2: baseline + 0.5, class: 'baseline' }),
    columns.map((c, i) => {
      const bar = bars[i];
      return svg('g', { class: c.kind },
        svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, rx: 3, class: 'bar' }),
        svg('text', { x: bar.center, y: bar.y - 6, 'text-anchor': 'middle', class: 'bar-value', text: num(c.value) }),
        svg('text', { x: bar.center, y: COLUMN_CHART.height - 6, 'text-anchor': 'middle', class: 'bar-label', text: c.label }));
    }));
}

function showPurchases(p) {
  const box = el('purchase-chart');
  el('purchases-hint').textContent = t('marketing.chart.purchases-hint', { days: tn('marketing.days', p?.days ?? 14) });
  if (!p?.treated?.members) {
    box.replaceChildren(h('p', { class: 'empty', text: t('marketing.chart.no-purchases') }));
    el('lift').replaceChildren();
    return;
  }
  const groups = [{ label: t('marketing.chart.treated'), group: p.treated, kind: 'treated' }];
  if (p.holdOut?.members) groups.push({ label: t('marketing.chart.held-out'), group: p.holdOut, kind: 'hold-out' });
  box.replaceChildren(rateChart(groups, Math.max(200, box.clientWidth)));
  el('lift').replaceChildren(...lift(p));
}

// One bar per group: its name and rate above, the bar on a track scaled to the higher rate.
function rateChart(groups, width) {
  const { row, barHeight } = RATE_CHART;
  const max = rateScaleMax(groups.map((g) => g.group.rate));
  const label = groups.map((g) => `${g.label}: ${rate(g.group.rate)}, ${partOf(g.group)}`).join('; ');
  return svg('svg', { width, height: groups.length * row, viewBox: `0 0 ${width} ${groups.length * row}`, class: 'chart', role: 'img', 'aria-label': label },
    groups.map((g, i) => {
      const y = i * row;
      return svg('g', { class: g.kind },
        svg('text', { x: 0, y: y + 14, class: 'bar-label', text: g.label }),
        svg('text', { x: width, y: y + 14, 'text-anchor': 'end', class: 'bar-value' },
          svg('tspan', { text: rate(g.group.rate) }),
          svg('tspan', { class: 'bar-note', dx: 6, text: partOf(g.group) })),
        svg('rect', { x: 0, y: y + 22, width, height: barHeight, rx: 4, class: 'bar-track' }),
        svg('rect', { x: 0, y: y + 22, width: barLength(g.group.rate ?? 0, max, width), height: barHeight, rx: 4, class: 'bar' }));
    }));
}

const partOf = (group) => t('marketing.chart.part-of', { part: num(group.purchasers), whole: num(group.members) });

// The lift itself is set in bold wherever the language puts it in the sentence.
function lift(p) {
  if (!p.holdOut?.members) return [h('span', { class: 'muted', text: t('marketing.chart.no-lift') })];
  const { up, points, relative } = liftOf(p.treated.rate, p.holdOut.rate);
  const [before, after] = t(relative ? 'marketing.chart.lift' : 'marketing.chart.lift-absolute', { relative }).split('{lift}');
  return [before, h('strong', { class: up ? 'up' : 'down', text: points }), after].filter(Boolean);
}
