import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { buildIndex } from '../../../src/model/dataset-index';
import {
  HEAT_STEPS,
  contrastRatio,
  heatPaint,
  heatStep,
  sectorColor,
} from '../../../src/model/colors';
import {
  heatLegend,
  sectorChartSpec,
  type SectorSpecOptions,
} from '../../../src/model/sector-chart-spec';
import type { Filters } from '../../../src/model/filters';
import { THEMES } from '../../../src/lib/tokens';
import { loadFixture, viewProps } from '../../support/dataset';

function specFor(
  filters: Partial<Filters> = {},
  options: Omit<SectorSpecOptions, 'title'> = {},
  loaded = loadFixture(),
) {
  const { index, data, filters: f } = viewProps(filters, loaded);
  return { index, data, spec: sectorChartSpec(data.sectors, f, { title: TITLE, ...options }) };
}

const TITLE = 'Cooperation by sector and year';
const COUNTING =
  "An engagement that covers several sectors counts once in each, so a year's cells do not add up to its number of engagements.";

describe('heatLegend', () => {
  it('is empty when nothing is counted', () => {
    expect(heatLegend(0)).toEqual([]);
  });

  it('has one step per count when counts are small', () => {
    const steps = heatLegend(4);
    expect(steps.map((s) => s.label)).toEqual(['1', '2', '3', '4']);
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4].map((c) => heatStep(c, 4)));
  });

  it('groups counts that share a shade into ranges', () => {
    const steps = heatLegend(20);
    expect(steps).toHaveLength(HEAT_STEPS);
    expect(steps[0]!.label).toBe('1–4');
    expect(steps[steps.length - 1]!.label).toBe('20');
    // Every count from 1 to max is covered exactly once.
    const covered = steps.flatMap((s) => {
      const [a, b = a] = s.label.split('–').map(Number);
      return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
    });
    expect(covered).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('sectorChartSpec', () => {
  it('has the title, the subtitle and one column per year, in words about sectors', () => {
    const { spec } = specFor();
    expect(spec.view).toBe('cooperation-areas');
    expect(spec.title).toBe(TITLE);
    expect(spec.subtitle).toBe(
      'Engagements that covered each sector, per year. An engagement can cover several sectors.',
    );
    expect(spec.sectorLabel).toBe('Sector');
    expect(spec.tableCaption).toBe('Engagements that covered each sector, per year');
    expect(spec.columns.map((c) => c.label)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(spec.columns.every((c) => c.gap === null && c.gapTitle === null)).toBe(true);
    expect(spec.empty).toBeNull();
    // Every word the heatmap says speaks of sectors, none of "areas".
    const words = [spec.title, spec.subtitle, ...spec.notes, spec.tableCaption, spec.sectorLabel];
    const operated = specFor({ sectors: ['energy'] }, { interactive: true }).spec;
    words.push(...operated.notes, operated.clickHint!, operated.keysHint!);
    expect(words.join(' ')).not.toMatch(/\barea/i);
  });

  it('has the click and key hints only where the grid can be operated, apart from the notes', () => {
    const { spec } = specFor({}, { interactive: true });
    expect(spec.clickHint).toBe('Click a sector to filter.');
    expect(spec.keysHint).toBe(
      'Use the arrow keys to move between cells; Enter selects the sector.',
    );
    expect(spec.notes).toEqual([COUNTING]);
    expect(specFor().spec).toMatchObject({ clickHint: null, keysHint: null, notes: [COUNTING] });
  });

  it('gives every row its colour, total and shaded cells, sorted by total', () => {
    const { data, spec } = specFor();
    expect(spec.rows.map((r) => r.sectorId)).toEqual(data.sectors.rows.map((r) => r.sectorId));
    expect(spec.rows[0]!.label).toBe('Political dialogue');
    const energy = spec.rows.find((r) => r.sectorId === 'energy')!;
    expect(energy.color).toBe(sectorColor('energy'));
    expect(energy.total).toBe(5);
    expect(energy.cells.map((c) => c.count)).toEqual([0, 0, 1, 2, 2]);
    expect(energy.cells.map((c) => c.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const c of energy.cells) {
      expect(c.step).toBe(heatStep(c.count, spec.max));
      if (c.step === null) continue;
      const paint = heatPaint(c.step, 'light');
      expect(c.paint).toEqual({
        fill: paint.fill,
        textColor: paint.text,
        fillVar: `var(--heat-${c.step + 1})`,
        textVar: `var(--heat-text-${c.step + 1})`,
      });
    }
    expect(energy.cells[0]!.paint).toBeNull();
    expect(spec.rows.some((r) => r.selected || r.dimmed)).toBe(false);
  });

  it('paints the shades of the theme it is drawn for', () => {
    const light = specFor().spec.rows[0]!.cells.find((c) => c.step !== null)!;
    const dark = specFor({}, { theme: 'dark' }).spec.rows[0]!.cells.find((c) => c.step !== null)!;
    expect(dark.paint!.fill).toBe(heatPaint(dark.step!, 'dark').fill);
    expect(dark.paint!.fill).not.toBe(light.paint!.fill);
    expect(dark.paint!.fillVar).toBe(light.paint!.fillVar);
  });

  it('keys "None" as the empty-cell fill, then each shade with its text colour', () => {
    const { spec } = specFor();
    expect(spec.legendTitle).toBe('Engagements per cell:');
    expect(spec.legend[0]).toMatchObject({ key: 'none', label: 'None', pattern: 'empty' });
    expect(spec.legend.slice(1)).toEqual(
      heatLegend(spec.max).map((s) => {
        const paint = heatPaint(s.step, 'light');
        return expect.objectContaining({
          key: s.label,
          label: s.label,
          color: paint.fill,
          textColor: paint.text,
        });
      }),
    );
  });
});

describe('sector colours', () => {
  it('stay with the sector when a dataset lists its sectors in another order', () => {
    const dataset = structuredClone(loadFixture().dataset);
    const reordered = structuredClone(dataset);
    reordered.sectors.reverse();
    const colours = (loaded: LoadedDataset) =>
      Object.fromEntries(specFor({}, {}, loaded).spec.rows.map((r) => [r.sectorId, r.color]));
    const before = colours({ index: buildIndex(dataset) } as LoadedDataset);
    const after = colours({ index: buildIndex(reordered) } as LoadedDataset);
    expect(after).toEqual(before);
    expect(before.energy).toBe(sectorColor('energy'));
  });
});

describe('sectorChartSpec under filters', () => {
  it('pales the sectors the sector filter leaves out, keeping their counts readable', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { spec } = specFor({ sectors: ['energy'] }, { theme });
      const energy = spec.rows.find((r) => r.sectorId === 'energy')!;
      expect(energy).toMatchObject({ selected: true, dimmed: false });
      const others = spec.rows.filter((r) => r.sectorId !== 'energy');
      expect(others.every((r) => r.dimmed && !r.selected)).toBe(true);
      for (const cell of others.flatMap((r) => r.cells)) {
        if (cell.paint === null) continue;
        // The theme's own text colour, legible on the paler shade.
        expect(cell.paint.textColor).toBe(THEMES[theme].text);
        expect(cell.paint.textVar).toBe('var(--text)');
        expect(contrastRatio(cell.paint.fill, cell.paint.textColor)).toBeGreaterThanOrEqual(4.5);
        expect(cell.paint.fill).toBe(heatPaint(cell.step!, theme, true).fill);
      }
    }
    const { spec } = specFor({ sectors: ['energy'] });
    expect(spec.notes).toEqual([COUNTING, 'Selected sectors are outlined; the others are paler.']);
    // The sector filter does not change the counts of this view.
    expect(spec.rows[0]!.total).toBe(specFor().spec.rows[0]!.total);
  });

  it('marks the years left out of the axis and names them in a note', () => {
    const dataset = structuredClone(loadFixture().dataset);
    dataset.events[0]!.date = '1950-07-20';
    const { spec } = specFor({}, {}, { index: buildIndex(dataset) } as LoadedDataset);
    expect(spec.columns.map((c) => c.year)).toEqual([1950, 2020, 2021, 2022, 2023, 2024]);
    expect(spec.columns[1]!.gap).toEqual({ from: 1951, to: 2019 });
    expect(spec.columns[1]!.gapTitle).toBe('Years 1951–2019 skipped: no engagements');
    expect(spec.columns.filter((c) => c.gap !== null)).toHaveLength(1);
    expect(spec.notes).toContain(
      'Years with no recorded engagement are left out: 1951–2019 (marked ┆ at the year labels).',
    );
  });

  it('keeps the grid but says so when no engagement matches', () => {
    const { spec } = specFor({ q: 'no such engagement anywhere' });
    expect(spec.max).toBe(0);
    expect(spec.empty).toBeNull();
    expect(spec.notes[0]).toBe('No engagements match these filters.');
    expect(spec.legend.map((e) => e.label)).toEqual(['None']);
  });

  it('has an empty state, without legend or hints, when no year is left', () => {
    const { spec } = specFor({ from: 2030, to: 2031 }, { interactive: true });
    expect(spec.columns).toEqual([]);
    expect(spec.empty).toBe('No engagements match these filters.');
    expect(spec.legend).toEqual([]);
    expect(spec.notes).toEqual([COUNTING]);
    expect(spec.keysHint).toBeNull();
  });
});
