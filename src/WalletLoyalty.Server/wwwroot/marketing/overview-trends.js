// The trend chart: a column per week or month on a scale with gridlines, drawn as inline SVG at the width of its box.
import { pageLanguage, t } from '../staff/texts.js';
import { el, h, svg } from './dom.js';
import { bucketLabel } from './overview-dates.js';
import { figureText, labelEvery, money, niceScale } from './overview-figures.js';
import { num } from './format.js';

const CHART = { height: 240, top: 16, bottom: 28, left: 64, right: 8, maxBarWidth: 40 };
const KINDS = { netAmountMinor: 'money', averageOrderValueMinor: 'money', purchases: 'count', customers: 'count' };
const NAMES = {
  netAmountMinor: 'marketing.overview.kpi.net-amount', averageOrderValueMinor: 'marketing.overview.kpi.average-order',
  purchases: 'marketing.overview.kpi.purchases', customers: 'marketing.overview.kpi.customers',
};

export function showTrends(trends, figure, currency) {
  const box = el('trend-chart');
  const interval = trends.interval;
  el('trend-hint').textContent = t(interval === 'week' ? 'marketing.overview.trends.week-hint' : 'marketing.overview.trends.month-hint');
  if (trends.buckets.every((b) => b.purchases === 0)) {
    box.replaceChildren(h('p', { class: 'empty', text: t('marketing.overview.trends.empty') }));
    return;
  }
  box.replaceChildren(chart(trends.buckets, interval, figure, currency, Math.max(280, box.clientWidth)));
}

function chart(buckets, interval, figure, currency, width) {
  const { height, top, bottom, left, right, maxBarWidth } = CHART;
  const kind = KINDS[figure];
  const values = buckets.map((b) => b[figure] ?? 0);
  const { top: max, ticks } = niceScale(Math.max(...values));
  const plot = height - top - bottom;
  const slot = (width - left - right) / buckets.length;
  const barWidth = Math.min(maxBarWidth, slot * 0.7);
  const every = labelEvery(slot, interval === 'week' ? 52 : 56);
  const y = (value) => top + plot - (plot * value) / max;
  const axis = (value) => (kind === 'money' ? money(value, currency, { compact: true }) : num(value));
  const label = `${t(NAMES[figure])}: ${buckets.map((b) => `${bucketLabel(b.start, interval, pageLanguage())} ${figureText(b[figure], kind, currency)}`).join(', ')}`;
  return svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'chart trend', role: 'img', 'aria-label': label },
    ticks.map((tick) => svg('g', { class: 'gridline' },
      svg('line', { x1: left, x2: width - right, y1: Math.round(y(tick)) + 0.5, y2: Math.round(y(tick)) + 0.5 }),
      svg('text', { x: left - 8, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis-label', text: axis(tick) }))),
    buckets.map((b, i) => {
      const x = left + slot * i + (slot - barWidth) / 2;
      const value = b[figure] ?? 0;
      const length = value > 0 ? Math.max(2, (plot * value) / max) : 0;
      return svg('g', { class: 'bucket', 'data-start': b.start },
        svg('rect', { x, y: top + plot - length, width: barWidth, height: length, rx: 3, class: 'bar' },
          svg('title', { text: `${bucketLabel(b.start, interval, pageLanguage())}: ${figureText(b[figure], kind, currency)}` })),
        i % every === 0
          ? svg('text', { x: x + barWidth / 2, y: height - 8, 'text-anchor': 'middle', class: 'axis-label', text: bucketLabel(b.start, interval, pageLanguage()) })
          : null);
    }));
}
