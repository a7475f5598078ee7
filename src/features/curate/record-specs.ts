/**
 * The fields the curator edits for people, sources, sectors and places, and how a form's
 * text becomes a record (lists one a line, ids comma-separated, roles as `title | from | to | as of`).
 */
import type { Collection, RecordOf } from '../../model/working-copy';

export type EditableCollection = Exclude<Collection, 'events'>;
type FieldKind = 'text' | 'lines' | 'ids' | 'number' | 'roles';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** Left out of the record when empty. */
  optional?: boolean;
  /** Set when the record is made and never changed after (ids others refer to). */
  newOnly?: boolean;
}

const opt = (key: string, label: string, hint?: string): FieldSpec => ({
  key,
  label,
  kind: 'text',
  optional: true,
  hint,
});

/** Field order is the file's key order, so a new record is written as the shipped ones are. */
export const RECORD_SPECS: Record<EditableCollection, { title: string; fields: FieldSpec[] }> = {
  people: {
    title: 'People',
    fields: [
      { key: 'id', label: 'Id', kind: 'text', newOnly: true, hint: 'e.g. ivica-dacic' },
      { key: 'name', label: 'Name', kind: 'text', hint: 'With its diacritics' },
      {
        key: 'aliases',
        label: 'Aliases',
        kind: 'lines',
        hint: 'Every spelling the sources use, one a line',
      },
      { key: 'country', label: 'Country', kind: 'text', hint: 'Country code, e.g. RS' },
      {
        key: 'roles',
        label: 'Roles',
        kind: 'roles',
        hint: 'One a line: title | from | to | as of',
      },
    ],
  },
  sources: {
    title: 'Sources',
    fields: [
      { key: 'id', label: 'Id', kind: 'text', newOnly: true },
      { key: 'publisher', label: 'Publisher', kind: 'text' },
      opt('published', 'Published', 'YYYY-MM-DD'),
      opt('publishedNote', 'Why the date is unknown'),
      opt('seedFile', 'Seed file'),
      opt('url', 'URL'),
      opt('language', 'Language', 'e.g. en, sr, az'),
      {
        key: 'title',
        label: 'Title',
        kind: 'text',
        hint: 'A short description in our own words, not the headline',
      },
      opt('note', 'Note'),
    ],
  },
  sectors: {
    title: 'Sectors',
    fields: [
      { key: 'id', label: 'Id', kind: 'text', newOnly: true },
      { key: 'label', label: 'Label', kind: 'text' },
      { key: 'description', label: 'Description', kind: 'text' },
      {
        key: 'keywords',
        label: 'Keywords',
        kind: 'lines',
        hint: 'Words that mark an article as about it, one a line',
      },
    ],
  },
  places: {
    title: 'Places',
    fields: [
      { key: 'city', label: 'City', kind: 'text' },
      { key: 'country', label: 'Country', kind: 'text', hint: 'Country code' },
      { key: 'lat', label: 'Latitude', kind: 'number' },
      { key: 'lon', label: 'Longitude', kind: 'number' },
      opt('note', 'Note'),
      { key: 'sourceIds', label: 'Sources', kind: 'ids', hint: 'Source ids, comma-separated' },
    ],
  },
};

export type RecordForm = Record<string, string>;
type Role = RecordOf<'people'>['roles'][number];

const roleLine = (r: Role) =>
  [r.title, r.from ?? '', r.to ?? '', r.asOf ?? ''].join(' | ').replace(/( \| )+$/, '');

function roleOf(line: string): Role {
  const [title = '', from, to, asOf] = line.split('|').map((s) => s.trim());
  const role: Role = { title };
  if (from) role.from = from;
  if (to) role.to = to;
  if (asOf) role.asOf = asOf;
  return role;
}

/** A record's fields as the form's text. */
export function formOfRecord(collection: EditableCollection, record: object | null): RecordForm {
  const values = (record ?? {}) as Record<string, unknown>;
  const form: RecordForm = {};
  for (const f of RECORD_SPECS[collection].fields) {
    const v = values[f.key];
    if (f.kind === 'lines') form[f.key] = ((v as string[] | undefined) ?? []).join('\n');
    else if (f.kind === 'ids') form[f.key] = ((v as string[] | undefined) ?? []).join(', ');
    else if (f.kind === 'roles')
      form[f.key] = ((v as Role[] | undefined) ?? []).map(roleLine).join('\n');
    else form[f.key] = v === undefined ? '' : String(v);
  }
  return form;
}

function valueOf(f: FieldSpec, text: string): unknown {
  const lines = () =>
    text
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  switch (f.kind) {
    case 'lines':
      return lines();
    case 'roles':
      return lines().map(roleOf);
    case 'ids':
      return text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'number':
      return text.trim() === '' ? undefined : Number(text);
    default:
      return f.optional && text.trim() === '' ? undefined : text.trim();
  }
}

/**
 * The record the form would save: the record as it was (its own key order, the fields the
 * form does not show) with the form's fields over it.
 */
export function recordOfForm<C extends EditableCollection>(
  collection: C,
  form: RecordForm,
  before: RecordOf<C> | null,
): RecordOf<C> {
  const out: Record<string, unknown> = { ...(before ?? {}) };
  for (const f of RECORD_SPECS[collection].fields) {
    const v = valueOf(f, form[f.key] ?? '');
    if (v === undefined) delete out[f.key];
    else out[f.key] = v;
  }
  return out as RecordOf<C>;
}
