import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/state/load-dataset';
import { exportFileName, MAX_FILE_STEM, visitFileVariant } from '../../../src/model/file-names';
import { slugId as slugify } from '../../../src/lib/text';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { loadFixture, fixtureJson, viewProps } from '../../support/dataset';

const { index } = loadFixture();
const f = (x: Partial<Filters> = {}) => ({ ...emptyFilters(), ...x });
const { data } = viewProps();

/** The Visit frequency PNG under the energy filter and 2020–2024, drawn as `options` say. */
const energyVisitPng = (mode: 'direction' | 'level', showContacts: boolean) =>
  exportFileName(
    index,
    f({ sectors: ['energy'], from: 2020, to: 2024 }),
    'visit-frequency',
    'png',
    visitFileVariant(data, { mode, showContacts }),
  );

describe('exportFileName', () => {
  it('names an unfiltered export after the dataset and the chart', () => {
    expect(exportFileName(index, f(), 'visit-frequency', 'png')).toBe('az-rs-visit-frequency.png');
    expect(exportFileName(index, f(), 'events', '.csv')).toBe('az-rs-events.csv');
  });

  it('adds the sectors and the year range', () => {
    expect(
      exportFileName(
        index,
        f({ sectors: ['energy'], from: 2020, to: 2024 }),
        'visit-frequency',
        'png',
      ),
    ).toBe('az-rs-visit-frequency-energy-2020-2024.png');
    expect(exportFileName(index, f({ from: 2022 }), 'people', 'csv')).toBe(
      'az-rs-people-from-2022.csv',
    );
    expect(exportFileName(index, f({ to: 2023 }), 'people', 'csv')).toBe(
      'az-rs-people-to-2023.csv',
    );
    expect(exportFileName(index, f({ from: 2023, to: 2023 }), 'dataset', 'json')).toBe(
      'az-rs-dataset-2023.json',
    );
  });

  it('adds directions, types, people and the search, folded to ASCII', () => {
    expect(
      exportFileName(
        index,
        f({
          sectors: ['energy', 'defence-industry'],
          directions: ['AZ-RS'],
          types: ['phone-call'],
          people: ['aleksandar-vucic'],
          q: 'Vučić  Đurić!',
        }),
        'cooperation-areas',
        'svg',
      ),
    ).toBe(
      'az-rs-cooperation-areas-energy-defence-industry-az-rs-phone-call-aleksandar-vucic-q-vucic-djuric.svg',
    );
  });

  it('caps the name at 120 characters before the extension', () => {
    const name = exportFileName(index, f({ q: 'x'.repeat(500) }), 'people-involved', 'png');
    const stem = name.replace(/\.png$/, '');
    expect(stem.length).toBeLessThanOrEqual(MAX_FILE_STEM);
    expect(name).toMatch(/^[a-z0-9-]+\.png$/);
    expect(stem.endsWith('-')).toBe(false);
  });

  it('uses a slug of the title when the dataset has no id', () => {
    const json = fixtureJson();
    delete json.meta.id;
    json.meta.title = 'Sérbia & Azərbaycan: 2020–2024';
    const { index: idx } = loadDataset(json, 'test');
    expect(exportFileName(idx, f(), 'events', 'csv')).toBe(
      'serbia-azerbaycan-2020-2024-events.csv',
    );
  });

  it('never contains path or shell characters', () => {
    const name = exportFileName(index, f({ q: '../../etc/passwd; rm -rf / <x>' }), 'events', 'csv');
    expect(name).toMatch(/^[a-z0-9-]+\.csv$/);
    expect(slugify('  --Hello, World--  ')).toBe('hello-world');
  });

  it('tells the split and the hidden contacts apart in the visit chart file name', () => {
    const names = [
      energyVisitPng('direction', true),
      energyVisitPng('level', true),
      energyVisitPng('level', false),
    ];
    expect(names).toEqual([
      'az-rs-visit-frequency-by-direction-energy-2020-2024.png',
      'az-rs-visit-frequency-by-level-energy-2020-2024.png',
      'az-rs-visit-frequency-by-level-without-contacts-energy-2020-2024.png',
    ]);
  });

  it('says nothing of hidden contacts when there were none to draw', () => {
    const { data } = viewProps({ directions: ['AZ-RS'] });
    const none = { ...data, visits: data.visits.map((v) => ({ ...v, contacts: 0 })) };
    expect(visitFileVariant(none, { mode: 'direction', showContacts: false })).toEqual([
      'by-direction',
    ]);
  });

  it('writes the file name the README gives as its example', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = 'az-rs-visit-frequency-by-direction-energy-2020-2024.png';
    expect(readme).toContain(`\`${example}\``);
    expect(energyVisitPng('direction', true)).toBe(example);
  });
});
