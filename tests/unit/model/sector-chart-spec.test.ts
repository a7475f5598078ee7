import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { buildIndex } from '../../../src/model/dataset-index';
import { HEAT_RAMP, heatColor, heatTextColor, sectorColor } from '../../../src/model/colors';
import { heatLegend, sectorChartSpec } from '../../../src/model/sector-chart-spec';
import type { Filters } from '../../../src/model/filters';
import { loadFixture, viewProps } from '../../support/dataset';

function specFor(filters: Partial<Filters> = {}, interactive = false, loaded = loadFixture()) {
  const { index, data, filters: f } = viewProps(filters, loaded);
  return { index, data, spec: sectorChartSpec(index, data.sectors, f, { interactive }) };
}

const COUNTING =
  "An engagement that covers several areas counts once in each, so a year's cells do not add up to its number of engagements.";

describe('heatLegend', () => {
  it('is empty when nothing is counted', () => {
    expect(heatLegend(0)).toEqual([]);
  });

  it('has one step per count when counts are small', () => {
    const steps = heatLegend(4);
    expect(steps.map((s) => s.label)).toEqual(['1', '2', '3', '4']);
    expect(steps.map((s) => s.color)).toEqual([1, 2, 3, 4].map((c) => heatColor(c, 4)));
  });

  it('groups counts that share a shade into ranges', () => {
    const steps = heatLegend(20);
    expect(steps).toHaveLength(HEAT_RAMP.length);
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
  it('has the title, the subtitle and one column per year', () => {
    const { spec } = specFor();
    expect(spec.view).toBe('cooperation-areas');
    expect(spec.title).toBe('Cooperation areas by year');
    expect(spec.subtitle).toBe(
      'Engagements that covered each area, per year. An engagement can cover several areas.',
    );
    expect(spec.columns.map((c) => c.label)).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(spec.columns.every((c) => c.gap === null && c.gapTitle === null)).toBe(true);
    expect(spec.empty).toBeNull();
  });

  it('adds the click and key hints only where the grid can be operated', () => {
    const { spec } = specFor({}, true);
    expect(spec.subtitle).toMatch(/several areas\. Click an area to filter\.$/);
    expect(spec.notes).toEqual([
      COUNTING,
      'Use the arrow keys to move between cells; Enter selects the area.',
    ]);
    expect(specFor().spec.notes).toEqual([COUNTING]);
  });

  it('gives every row its colour, total and shaded cells, sorted by total', () => {
    const { index, data, spec } = specFor();
    expect(spec.rows.map((r) => r.sectorId)).toEqual(data.sectors.rows.map((r) => r.sectorId));
    expect(spec.rows[0]!.label).toBe('Political dialogue');
    const energy = spec.rows.find((r) => r.sectorId === 'energy')!;
    expect(energy.color).toBe(sectorColor(index.sectorIndex.get('energy')!));
    expect(energy.total).toBe(5);
    expect(energy.cells.map((c) => c.count)).toEqual([0, 0, 1, 2, 2]);
    expect(energy.cells.map((c) => c.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    for (const c of energy.cells) {
      expect(c.fill).toBe(heatColor(c.count, spec.max));
      expect(c.textColor).toBe(heatTextColor(c.fill));
    }
    expect(energy.cells[0]!.fill).toBeNull();
    expect(spec.rows.some((r) => r.selected || r.dimmed)).toBe(false);
  });

  it('keys "None" as the empty-cell fill, then each shade with its text colour', () => {
    const { spec } = specFor();
    expect(spec.legendTitle).toBe('Engagements per cell:');
    expect(spec.legend[0]).toMatchObject({ key: 'none', label: 'None', pattern: 'empty' });
    expect(spec.legend.slice(1)).toEqual(
      heatLegend(spec.max).map((s) => ({
        key: s.label,
        label: s.label,
        color: s.color,
        textColor: heatTextColor(s.color),
      })),
    );
  });
});

describe('sectorChartSpec under filters', () => {
  it('fades the areas the sector filter leaves out, and says so', () => {
    const { spec } = specFor({ sectors: ['energy'] });
    const energy = spec.rows.find((r) => r.sectorId === 'energy')!;
    expect(energy).toMatchObject({ selected: true, dimmed: false });
    const others = spec.rows.filter((r) => r.sectorId !== 'energy');
    expect(others.every((r) => r.dimmed && !r.selected)).toBe(true);
    expect(spec.notes).toEqual([COUNTING, 'Selected areas are highlighted; the others are faded.']);
    // The sector filter does not change the counts of this view.
    expect(spec.rows[0]!.total).toBe(specFor().spec.rows[0]!.total);
  });

  it('marks the years left out of the axis and names them in a note', () => {
    const dataset = structuredClone(loadFixture().dataset);
    dataset.events[0]!.date = '1950-07-20';
    const { spec } = specFor({}, false, { index: buildIndex(dataset) } as LoadedDataset);
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

  it('has an empty state, without legend, when no year is left', () => {
    const { spec } = specFor({ from: 2030, to: 2031 }, true);
    expect(spec.columns).toEqual([]);
    expect(spec.empty).toBe('No engagements match these filters.');
    expect(spec.legend).toEqual([]);
    expect(spec.notes).toEqual([COUNTING]);
  });
});
