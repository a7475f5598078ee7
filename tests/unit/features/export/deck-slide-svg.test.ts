import { describe, expect, it } from 'vitest';
import { chartSvg, type ExportChart } from '../../../../src/features/export/chart-svg';
import { deckFileName } from '../../../../src/features/export/deck-export';
import {
  deckSlideSvg,
  fitChart,
  SLIDE_BOXES,
  slideChartSvg,
} from '../../../../src/features/export/deck-slide-svg';
import { computeDashboard } from '../../../../src/model/dashboard';
import { addSlide, emptyDeck } from '../../../../src/model/deck';
import { emptyFilters } from '../../../../src/model/filters';
import { loadFixture } from '../../../support/dataset';

const { index } = loadFixture();
const CHARTS = new Set(['visit-frequency', 'cooperation-areas', 'people-involved']);
const isChart = (id: string): id is ExportChart => CHARTS.has(id);
const energy = { ...emptyFilters(), sectors: ['energy'] };

function deckOf(viewId: string, filters = energy) {
  return addSlide(emptyDeck('d1', 'Gas & oil: 2024'), {
    viewId,
    filters,
    title: 'Who came',
    caption: 'Energy only',
    options: { visitMode: 'level', showContacts: false },
  });
}

describe('deck slide images', () => {
  it('draws a bare chart: no heading, caption or source line of its own', () => {
    const data = computeDashboard(index, energy);
    const full = chartSvg('people-involved', index, data, energy, { title: 'People involved' });
    const bare = chartSvg('people-involved', index, data, energy, {
      title: 'People involved',
      bare: true,
    });
    expect(full.svg).toContain('Sector: Energy');
    expect(full.svg).toContain('>Source:</tspan>');
    expect(bare.svg).not.toContain('>Source:</tspan>');
    expect(bare.svg).not.toContain('>Sector: Energy<');
    expect(bare.height).toBeLessThan(full.height);
  });

  it("draws each slide from its own filters and options, not the dashboard's", () => {
    const slide = deckOf('visit-frequency').slides[0]!;
    const chart = slideChartSvg(isChart)(slide, index)!;
    // By level: the level legend, not the directions.
    expect(chart.svg).toContain('Head of state');
    const all = slideChartSvg(isChart)({ ...slide, filters: emptyFilters() }, index)!;
    expect(all.svg).not.toBe(chart.svg);
  });

  it('draws the timeline, and nothing for a view no builder knows', () => {
    const deck = deckOf('timeline');
    const chart = slideChartSvg(isChart)(deck.slides[0]!, index)!;
    expect(chart.svg).toContain('Latest engagements');
    expect(chart.width).toBeGreaterThan(0);
    expect(slideChartSvg(isChart)({ ...deck.slides[0]!, viewId: 'map' }, index)).toBeNull();
  });

  it('sets the title, caption, source line and number on a 1920×1080 slide, chart inside its box', () => {
    const slide = deckOf('cooperation-areas').slides[0]!;
    const chart = slideChartSvg(isChart)(slide, index)!;
    const svg = deckSlideSvg(
      {
        datasetTitle: 'Azerbaijan–Serbia',
        title: slide.title,
        caption: slide.caption,
        sourceLine: 'Source: test',
        number: '2 / 3',
      },
      chart,
    );
    expect(svg).toMatch(/<svg [^>]*width="1920" height="1080"/);
    for (const words of ['Who came', 'Energy only', 'Source: test', '2 / 3']) {
      expect(svg).toContain(`>${words}<`);
    }
    expect(svg.match(/<\?xml/g)).toHaveLength(1);
    const at = fitChart(chart.width, chart.height);
    const box = SLIDE_BOXES.chart;
    expect(at.x).toBeGreaterThanOrEqual(box.x);
    expect(at.y + at.h).toBeLessThanOrEqual(box.y + box.h + 0.01);
    expect(Math.max(at.w / box.w, at.h / box.h)).toBeCloseTo(1, 5);
  });

  it('names the files by deck and slide count', () => {
    let deck = deckOf('timeline');
    expect(deckFileName(deck, 'pptx')).toBe('bilateral-deck-gas-oil-2024-1-slide.pptx');
    deck = addSlide(deck, deck.slides[0]!);
    expect(deckFileName(deck, 'zip')).toBe('bilateral-deck-gas-oil-2024-2-slides.zip');
  });
});
