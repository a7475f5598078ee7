import { describe, expect, it } from 'vitest';
import {
  HEAT_STEPS,
  SECTOR_COLORS,
  SECTOR_PALETTE,
  contrastRatio,
  heatPaint,
  heatStep,
  luminance,
  sectorColor,
} from '../../../src/model/colors';
import { buildIndex } from '../../../src/model/dataset-index';
import { eventSectors } from '../../../src/model/events-view';
import { HEAT, PRINT, THEMES } from '../../../src/lib/tokens';
import { shippedJson } from '../../support/dataset';

const THEME_NAMES = ['light', 'dark'] as const;
const steps = Array.from({ length: HEAT_STEPS }, (_, i) => i);

describe('contrastRatio', () => {
  it('is the WCAG ratio: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#4a8cc4', '#4a8cc4')).toBe(1);
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
  });
});

describe('sector swatches', () => {
  it.each(THEME_NAMES)('stand out 3:1 from the %s theme’s surfaces (WCAG AA, graphics)', (t) => {
    const theme = THEMES[t];
    for (const [id, color] of Object.entries(SECTOR_COLORS)) {
      for (const surface of [theme.surface, theme['surface-2'], theme.bg]) {
        expect(contrastRatio(color, surface), `${id} on ${surface}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('stand out 3:1 on paper too, and every hashed colour does as well', () => {
    for (const color of SECTOR_PALETTE) {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, THEMES.dark.surface)).toBeGreaterThanOrEqual(3);
    }
  });

  it('are one per known sector, all different', () => {
    const shipped = shippedJson().sectors.map((s) => s.id);
    for (const id of shipped) expect(Object.keys(SECTOR_COLORS)).toContain(id);
    expect(new Set(shipped.map(sectorColor)).size).toBe(shipped.length);
  });

  it('come from the id: the same whatever position the sector has, stable for new ids', () => {
    expect(sectorColor('energy')).toBe(SECTOR_COLORS.energy);
    expect(sectorColor('space-exploration')).toBe(sectorColor('space-exploration'));
    expect(SECTOR_PALETTE).toContain(sectorColor('space-exploration'));
    expect(SECTOR_PALETTE).toContain(sectorColor(''));
  });

  it('keep energy’s colour when the shipped dataset lists its sectors in another order', () => {
    const shipped = shippedJson();
    const reordered = structuredClone(shipped);
    reordered.sectors = [...reordered.sectors.slice(1), reordered.sectors[0]!].reverse();
    const energyEvent = shipped.events.find((e) => e.sectors?.includes('energy'))!;
    const colourOf = (data: typeof shipped) => {
      const index = buildIndex(data as Parameters<typeof buildIndex>[0]);
      const event = index.dataset.events.find((e) => e.id === energyEvent.id)!;
      return eventSectors(index, event).find((s) => s.id === 'energy')!.color;
    };
    expect(colourOf(reordered)).toBe(colourOf(shipped));
    expect(colourOf(shipped)).toBe(sectorColor('energy'));
  });
});

describe('the heat ramp', () => {
  it.each(THEME_NAMES)('makes larger counts stand out more from the %s surface', (t) => {
    const surface = THEMES[t].surface;
    const against = steps.map((s) => contrastRatio(heatPaint(s, t).fill, surface));
    for (let i = 1; i < against.length; i++) expect(against[i]!).toBeGreaterThan(against[i - 1]!);
    // The top shade is the one that stands out most, in both themes.
    expect(Math.max(...against)).toBe(against[HEAT_STEPS - 1]);
  });

  it.each([...THEME_NAMES, 'print'] as const)(
    'writes every count 4.5:1 against its shade, %s (WCAG AA, text)',
    (t) => {
      for (const s of steps) {
        for (const dim of [false, true]) {
          const { fill, text } = heatPaint(s, t, dim);
          expect(contrastRatio(fill, text), `step ${s} dim ${dim}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    },
  );

  it('prints black digits on every shade, so counts read without background colours', () => {
    for (const s of steps) expect(heatPaint(s, 'print').text).toBe('#000000');
    expect(PRINT.text).toBe('#000');
    expect(HEAT.print.fill).toHaveLength(HEAT_STEPS);
  });

  it('pales the rows a filter leaves out less than the shade, keeping the order', () => {
    for (const t of THEME_NAMES) {
      const surface = THEMES[t].surface;
      for (const s of steps) {
        const full = contrastRatio(heatPaint(s, t).fill, surface);
        const pale = contrastRatio(heatPaint(s, t, true).fill, surface);
        expect(pale).toBeLessThanOrEqual(full);
      }
    }
  });

  it('gives a count its step: none for 0, the top for the maximum', () => {
    expect(heatStep(0, 10)).toBeNull();
    expect(heatStep(1, 10)).toBe(0);
    expect(heatStep(10, 10)).toBe(HEAT_STEPS - 1);
    expect(heatStep(1, 1)).toBe(HEAT_STEPS - 2);
  });
});
