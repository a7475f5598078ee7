import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { mapLayout } from '../../../src/model/map-layout';
import { frameOf, mapSpec, MAX_RADIUS } from '../../../src/model/map-spec';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const specOf = (places: string[] = []) => {
  const filters = { ...emptyFilters(), places };
  return mapSpec(index, computeDashboard(index, filters), filters, { title: 'Where they meet' });
};

describe('mapSpec on the frozen fixture', () => {
  it('puts each venue with coordinates on the map, with its count, host colour and name', () => {
    const spec = specOf();
    expect(spec.venues.map((v) => [v.key, v.engagements, v.host])).toEqual([
      ['baku', 7, 'first'],
      ['belgrade', 5, 'second'],
      ['nis', 1, 'second'],
    ]);
    expect(spec.venues[0]!.name).toBe('Baku, Azerbaijan: 7 engagements');
    expect(spec.venues[0]!.r).toBe(MAX_RADIUS);
    // Areas follow the counts: r grows with the square root.
    expect(spec.venues[1]!.r).toBeCloseTo(MAX_RADIUS * Math.sqrt(5 / 7));
    expect(spec.legend.map((l) => l.label)).toEqual(['Azerbaijan', 'Serbia', 'Third country']);
  });

  it('lists venues without coordinates under the map and in the table', () => {
    const spec = specOf();
    expect(spec.unmapped).toEqual(['Serbia (city not stated) (2)']);
    expect(spec.notes.join(' ')).toContain('Not on the map: Serbia (city not stated) (2)');
    expect(spec.rows.map((r) => [r.label, r.engagements, r.position])).toEqual([
      ['Baku', 7, '40.378° N, 49.892° E'],
      ['Belgrade', 5, '44.787° N, 20.449° E'],
      ['Serbia (city not stated)', 2, 'no cited coordinates'],
      ['Niš', 1, '43.317° N, 21.9° E'],
    ]);
  });

  it('ignores its own filter: a ticked place is selected, the others fade', () => {
    const spec = specOf(['baku']);
    expect(spec.venues.map((v) => [v.key, v.selected, v.dimmed])).toEqual([
      ['baku', true, false],
      ['belgrade', false, true],
      ['nis', false, true],
    ]);
  });

  it('frames the venues with a margin, and one venue with its region', () => {
    const frame = frameOf([
      { lat: 40, lon: 50 },
      { lat: 44, lon: 20 },
    ]);
    expect(frame.west).toBeLessThan(20);
    expect(frame.east).toBeGreaterThan(50);
    expect(frame.south).toBeLessThan(40);
    expect(frame.north).toBeGreaterThan(44);
    const one = frameOf([{ lat: 40, lon: 50 }]);
    expect(one.east - one.west).toBeGreaterThanOrEqual(6);
    expect(one.north - one.south).toBeGreaterThanOrEqual(4);
  });

  it('lays the markers out inside the map, Baku east of Belgrade, labels for all three', () => {
    const layout = mapLayout(specOf(), 960, null);
    const [baku, belgrade] = layout.markers;
    expect(baku!.x).toBeGreaterThan(belgrade!.x);
    for (const m of layout.markers) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(960);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(layout.height);
    }
    expect(layout.markers.filter((m) => m.label).length).toBeGreaterThanOrEqual(2);
  });
});
