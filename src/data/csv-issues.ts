/**
 * Validation issues of a dataset converted from CSV (`events[3].date: …`) → the spreadsheet
 * row and column they come from.
 */
import { clip } from './csv-cells';
import { columnOfEventField, type CsvColumnName } from './csv-columns';
import type { CsvImport, CsvIssue } from './csv-import';
import type { DatasetIssue } from './dataset-error';

const ORDINAL_RE = /^\[(\d+)\]\.?(.*)$/;

/** What one item of a list field is called in a problem ("participant 2: …"). */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  participants: 'participant',
  topics: 'topic',
  sourceIds: 'source',
};

function eventIssue(rest: string, reason: string, imported: CsvImport) {
  const [head = '', ...tail] = rest.split('.');
  const field = head.replace(/\[.*$/, '');
  let column: CsvColumnName | undefined = columnOfEventField(field, tail[0]);
  if (field === 'datePrecision' && imported.columns.date_precision === undefined) column = 'date';
  const item = ORDINAL_RE.exec(head.slice(field.length));
  const itemName = ITEM_NAMES[field];
  return {
    column,
    reason: item && itemName ? `${itemName} ${Number(item[1]) + 1}: ${reason}` : reason,
  };
}

/** The entity an issue is about, as the file names it, and the row that first named it. */
function entityIssue(collection: string, i: number, imported: CsvImport) {
  const dataset = imported.dataset;
  if (collection === 'people') {
    const name = dataset?.people[i]?.name ?? '';
    return { row: imported.personRows[i], column: 'participants', shownAs: name } as const;
  }
  if (collection === 'sectors') {
    const label = dataset?.sectors[i]?.label ?? '';
    return { row: imported.sectorRows[i], column: 'sectors', shownAs: label } as const;
  }
  const source = dataset?.sources[i];
  const shownAs = source?.url ?? source?.title ?? '';
  return { row: imported.sourceRows[i], column: 'sources', shownAs } as const;
}

/** Maps a validation issue of the converted dataset (`events[3].date: …`) to its row and column. */
export function csvIssueFromValidation(raw: DatasetIssue, imported: CsvImport): CsvIssue {
  // "…but AZ→RS in events[0]" → "…but AZ→RS in row 2".
  const reason = raw.reason.replace(/\bevents\[(\d+)\]/g, (m, i: string) => {
    const row = imported.eventRows[Number(i)];
    return row === undefined ? m : `row ${row}`;
  });
  const col = (c: CsvColumnName) => imported.columns[c] ?? c;
  const m = /^(events|people|sectors|sources)\[(\d+)\]\.?(.*)$/.exec(raw.path);
  if (!m) return { path: raw.path, reason };
  const [, collection, at, rest] = m as unknown as [string, string, string, string];
  const i = Number(at);
  if (collection === 'events') {
    const issue = eventIssue(rest, reason, imported);
    return {
      row: imported.eventRows[i],
      path: issue.column ? col(issue.column) : rest || raw.path,
      reason: issue.reason,
    };
  }
  const field = rest === '' ? 'value' : rest;
  const entity = entityIssue(collection, i, imported);
  return {
    row: entity.row,
    path: col(entity.column),
    reason: `${field} of "${clip(entity.shownAs)}": ${reason}`,
  };
}
