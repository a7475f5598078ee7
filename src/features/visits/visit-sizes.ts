/** Chart geometry: the dashboard panel, and a slide on the 1920×1080 presentation canvas. */
export const VISIT_SIZES = {
  screen: {
    margin: { top: 22, right: 8, bottom: 4, left: 4 },
    yAxisWidth: 44,
    xAxisHeight: 30,
    tickMargin: 6,
    barGap: 4,
    tripBar: 64,
    contactBar: 40,
    labelOffset: 8,
  },
  slide: {
    // Room on the right for half the last year label, which is centred under its bars.
    margin: { top: 44, right: 24, bottom: 4, left: 8 },
    yAxisWidth: 76,
    xAxisHeight: 52,
    tickMargin: 14,
    barGap: 10,
    tripBar: 170,
    contactBar: 110,
    // The axis title's glyphs stand half their height either side of its line: inside the svg.
    labelOffset: 14,
  },
} as const;

export type VisitSize = (typeof VISIT_SIZES)[keyof typeof VISIT_SIZES];

/** The plot's box inside the chart, as Recharts lays it out: the baked layers stand in it. */
export function plotInset(size: VisitSize) {
  return {
    left: size.margin.left + size.yAxisWidth,
    right: size.margin.right,
    top: size.margin.top,
    bottom: size.margin.bottom + size.xAxisHeight,
  };
}

/** Below this many pixels per year, the contacts bar stacks on the trips. */
export const COMPACT_YEAR_WIDTH = 22;

/** Above this many years, the axis labels only the years that fit. */
export const ALL_YEARS_UP_TO = 14;
