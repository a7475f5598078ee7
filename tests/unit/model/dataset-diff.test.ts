import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { changeListMarkdown, datasetDiff } from '../../../src/model/dataset-diff';
import { datasetIssues, recordIssues } from '../../../src/model/record-issues';
import { applyChanges, changeKind, recordEdit, type Change } from '../../../src/model/working-copy';
import { fixtureJson } from '../../support/dataset';

const base = fixtureJson() as unknown as Dataset;
const [first, second] = base.events as [Dataset['events'][number], Dataset['events'][number]];

function edits(): Change[] {
  let changes: Change[] = [];
  changes = recordEdit(changes, base, 'events', first.id, { ...first, title: 'Renamed' });
  changes = recordEdit(changes, base, 'events', second.id, null);
  changes = recordEdit(changes, base, 'events', null, {
    ...first,
    id: '2030-01-01-new',
    date: '2030-01-01',
  });
  const sector = base.sectors[0]!;
  changes = recordEdit(changes, base, 'sectors', sector.id, { ...sector, keywords: ['gas'] });
  return changes;
}

describe('working copy changes', () => {
  it('keeps one change per record, against the record as opened', () => {
    let changes = recordEdit([], base, 'events', first.id, { ...first, title: 'One' });
    changes = recordEdit(changes, base, 'events', first.id, { ...first, title: 'Two' });
    expect(changes).toHaveLength(1);
    expect(changes[0]!.before).toEqual(first);
    expect(changeKind(changes[0]!)).toBe('changed');
    // Back as it was opened: no change left.
    expect(recordEdit(changes, base, 'events', first.id, first)).toEqual([]);
  });

  it('adds a new event in date order and removes a deleted one', () => {
    const next = applyChanges(base, edits());
    expect(next.events).toHaveLength(base.events.length);
    expect(next.events.at(-1)!.id).toBe('2030-01-01-new');
    expect(next.events.map((e) => e.id)).not.toContain(second.id);
    const early = recordEdit([], base, 'events', null, {
      ...first,
      id: '1990-01-01-x',
      date: '1990-01-01',
    });
    expect(applyChanges(base, early).events[0]!.id).toBe('1990-01-01-x');
  });

  it('forgets a new record deleted before it was saved', () => {
    const added = recordEdit([], base, 'events', null, { ...first, id: 'x-new' });
    expect(recordEdit(added, base, 'events', 'x-new', null)).toEqual([]);
  });
});

describe('datasetDiff and the change list', () => {
  it('lists what was added, changed and removed, by id and field', () => {
    const diffs = datasetDiff(base, applyChanges(base, edits()));
    expect(diffs).toEqual([
      { collection: 'sectors', key: base.sectors[0]!.id, kind: 'changed', fields: ['keywords'] },
      { collection: 'events', key: first.id, kind: 'changed', fields: ['title'] },
      expect.objectContaining({ collection: 'events', key: '2030-01-01-new', kind: 'added' }),
      expect.objectContaining({ collection: 'events', key: second.id, kind: 'removed' }),
    ]);
  });

  it('writes the change list as Markdown', () => {
    const md = changeListMarkdown(base, applyChanges(base, edits()), 'az-rs.json');
    expect(md).toContain('# Changes to az-rs.json');
    expect(md).toContain('## Added (1)\n\n- events `2030-01-01-new`');
    expect(md).toContain(`- events \`${first.id}\`: title`);
    expect(md).toContain(`## Removed (1)\n\n- events \`${second.id}\``);
    expect(changeListMarkdown(base, base, 'az-rs.json')).toContain('No changes.');
  });
});

describe('datasetIssues', () => {
  it('names a guest equal to the host even while the schema still finds fields missing', () => {
    const broken = {
      ...first,
      type: null,
      hostCountry: 'RS',
      guestCountry: 'RS',
    } as unknown as Dataset['events'][number];
    const next = applyChanges(base, recordEdit([], base, 'events', first.id, broken));
    const all = datasetIssues(next);
    const fields = recordIssues(all, 'events', 0);
    expect(fields.get('type')).toHaveLength(1);
    expect(fields.get('guestCountry')).toEqual(['guest and host are both "RS"']);
  });
});
