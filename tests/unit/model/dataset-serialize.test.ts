import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { serializeDataset } from '../../../src/model/dataset-serialize';
import { applyChanges, recordEdit } from '../../../src/model/working-copy';
import { fixtureJson, SHIPPED_DATASET_PATH } from '../../support/dataset';

const fixture = () => fixtureJson() as unknown as Dataset;

describe('serializeDataset', () => {
  it('writes the shipped file back byte for byte (its key order is the canonical one)', () => {
    const text = readFileSync(SHIPPED_DATASET_PATH, 'utf8');
    expect(serializeDataset(JSON.parse(text) as Dataset)).toBe(text);
  });

  it('is a fixed point: serialize(parse(serialize(x))) === serialize(x)', () => {
    const once = serializeDataset(fixture());
    expect(serializeDataset(JSON.parse(once) as Dataset)).toBe(once);
  });

  it('puts the keys of a record built in any order in the file order', () => {
    const d = fixture();
    const first = d.events[0]!;
    const shuffled = Object.fromEntries(Object.entries(first).reverse()) as typeof first;
    d.events[0] = shuffled;
    const parsed = JSON.parse(serializeDataset(d)) as Dataset;
    expect(Object.keys(parsed.events[0]!)).toEqual(Object.keys(fixture().events[0]!));
    expect(Object.keys(parsed)).toEqual(
      ['meta', 'sources', 'sectors', 'people', 'places', 'events', 'milestones'].filter(
        (k) => k in d,
      ),
    );
  });

  it('changes only the lines of the edited record', () => {
    const base = fixture();
    const event = base.events[2]!;
    const edited = applyChanges(
      base,
      recordEdit([], base, 'events', event.id, { ...event, title: 'A new title' }),
    );
    const before = serializeDataset(base).split('\n');
    const after = serializeDataset(edited).split('\n');
    expect(after).toHaveLength(before.length);
    const differing = after.filter((line, i) => line !== before[i]);
    expect(differing).toEqual(['      "title": "A new title",']);
  });

  it('drops undefined values, as a file cannot hold them', () => {
    const d = fixture();
    d.events[0] = { ...d.events[0]!, notes: undefined };
    expect(serializeDataset(d)).not.toContain('"notes": null');
    expect(JSON.parse(serializeDataset(d)).events[0]).not.toHaveProperty('notes');
  });
});
