import { describe, expect, it } from 'vitest';
import {
  engagementCount,
  eventParticipants,
  eventSectors,
  eventSources,
  formatPlace,
  safeHttpUrl,
  showingLine,
  tripLabel,
} from '../../../src/model/events-view';
import { sectorColor } from '../../../src/model/colors';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const byId = (id: string) => index.events.find((e) => e.id === id)!;

describe('events view helpers', () => {
  it('formats places', () => {
    expect(formatPlace(index, { city: 'Baku', country: 'AZ' })).toBe('Baku, Azerbaijan');
    expect(formatPlace(index, { country: 'RS' })).toBe('Serbia');
    expect(formatPlace(index, null)).toBe('No travel');
  });

  it('labels trips guest → host', () => {
    expect(tripLabel(index, byId('2022-12-21-presidents-press'))).toBe('Serbia → Azerbaijan trip');
    expect(tripLabel(index, byId('2023-11-07-ministers-press'))).toBe('Azerbaijan → Serbia trip');
    expect(tripLabel(index, byId('2020-08-07-call-aliyev-vucic'))).toBeNull();
    expect(tripLabel(index, byId('2020-07-20-summons-veinovic'))).toBeNull();
  });

  it('accepts only http(s) links', () => {
    expect(safeHttpUrl('https://president.az/en/articles/view/58254')).toBe(
      'https://president.az/en/articles/view/58254',
    );
    expect(safeHttpUrl('http://example.org/a')).toBe('http://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('resolves participants, sectors with stable colours, and sources', () => {
    const e = byId('2022-12-21-presidents-press');
    expect(eventParticipants(index, e).map((p) => `${p.name} — ${p.role}`)).toEqual([
      'Aleksandar Vučić — President of Serbia',
      'Ilham Aliyev — President of Azerbaijan',
    ]);
    const sectors = eventSectors(index, e);
    expect(sectors[0]).toEqual({ id: 'energy', label: 'Energy', color: sectorColor('energy') });
    expect(eventSources(index, e).map((s) => s.publisher)).toEqual(['Trend', 'president.az']);
  });

  it('counts engagements in words', () => {
    expect(engagementCount(0)).toBe('0 engagements');
    expect(engagementCount(1)).toBe('1 engagement');
    expect(engagementCount(100000)).toBe('100,000 engagements');
  });

  it('says how much of a list grown page by page is on screen', () => {
    expect(showingLine(20, 176)).toBe('Showing 20 of 176 engagements.');
    expect(showingLine(1, 1)).toBe('Showing 1 of 1 engagement.');
    expect(showingLine(2000, 100000)).toBe('Showing 2,000 of 100,000 engagements.');
  });
});
