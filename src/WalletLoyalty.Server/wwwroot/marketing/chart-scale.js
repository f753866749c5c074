// Where the bars of the results charts go, in SVG units (one unit is one pixel). No DOM here.

export const COLUMN_CHART = { height: 150, top: 22, bottom: 24, maxBarWidth: 44 };
export const RATE_CHART = { row: 52, barHeight: 16 };

/** A bar's length on a scale where `max` fills `room`: any count above zero gets a sliver, so it never looks like none. */
export function barLength(value, max, room) {
  return value > 0 ? Math.max(2, room * value / max) : 0;
}

/**
 * The column chart of a channel: one slot per value across the width, a bar centred in each, all on one
 * baseline and scaled to the highest value (at least 1, so zeros stay flat).
 */
export function columnLayout(values, width) {
  const { height, top, bottom, maxBarWidth } = COLUMN_CHART;
  const plot = height - top - bottom;
  const slot = width / values.length;
  const barWidth = Math.min(maxBarWidth, slot * 0.6);
  const max = Math.max(1, ...values);
  return {
    height,
    baseline: top + plot,
    bars: values.map((value, i) => {
      const x = slot * i + (slot - barWidth) / 2;
      const length = barLength(value, max, plot);
      return { x, y: top + plot - length, width: barWidth, height: length, center: x + barWidth / 2 };
    }),
  };
}

/** The rate that fills the rate chart's track: the higher rate with room to spare, and at least 1 %. */
export function rateScaleMax(rates) {
  return Math.max(0.01, ...rates.map((r) => r ?? 0)) * 1.15;
}
