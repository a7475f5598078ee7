import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  dashboardMapHeight,
  frameAspect,
  landPaths,
  MAP_HEIGHT,
  mapLayout,
} from '../../../src/model/map-layout';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { mapSpec } from '../../../src/model/map-spec';
import { worldFromTopology } from '../../../src/state/world-atlas';
import { loadFixture } from '../../support/dataset';

const world = worldFromTopology(createRequire(import.meta.url)('world-atlas/countries-110m.json'));
const frame = { west: 15, east: 52, south: 36, north: 48 };

describe('landPaths', () => {
  it('draws every country the frame shows, and marks the pair', () => {
    const land = landPaths(world, frame, 960, 480, ['Serbia', 'Azerbaijan']);
    expect(land.length).toBeGreaterThan(20);
    expect(land.filter((c) => c.pair)).toHaveLength(2);
    expect(land.every((c) => c.d.startsWith('M'))).toBe(true);
  });

  it('gives back the same outlines while the frame and the size stay put', () => {
    const first = landPaths(world, frame, 960, 480, ['Serbia']);
    expect(landPaths(world, { ...frame }, 960, 480, ['Serbia'])).toBe(first);
    expect(landPaths(world, frame, 961, 480, ['Serbia'])).not.toBe(first);
    expect(landPaths(world, { ...frame, west: 14 }, 960, 480, ['Serbia'])).not.toBe(first);
    expect(landPaths(world, frame, 960, 480, ['Azerbaijan'])).not.toBe(first);
  });

  it('lets a filter that keeps the venues redraw the markers over the same basemap', () => {
    const { index } = loadFixture();
    const filters = emptyFilters();
    const spec = mapSpec(index, computeDashboard(index, filters), filters, { title: 'Map' });
    const a = mapLayout(spec, 800, world, { highlight: ['Serbia'] });
    const b = mapLayout(spec, 800, world, { highlight: ['Serbia'] });
    expect(b.land).toBe(a.land);
    expect(b.markers.map((m) => m.venue.key)).toEqual(a.markers.map((m) => m.venue.key));
  });
});

describe('dashboardMapHeight', () => {
  it('follows the frame on a mid-size screen, within the bounds on a phone and a wide screen', () => {
    const natural = (w: number) => Math.round(w * frameAspect(frame));
    const mid = Math.round((MAP_HEIGHT.min + MAP_HEIGHT.max) / 2 / frameAspect(frame));
    expect(dashboardMapHeight(frame, mid)).toBe(natural(mid));
    expect(dashboardMapHeight(frame, 200)).toBe(MAP_HEIGHT.min);
    expect(dashboardMapHeight(frame, 4000)).toBe(MAP_HEIGHT.max);
  });
});
