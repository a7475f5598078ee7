import { describe, expect, it } from 'vitest';
import { issuesUnder, partName } from '../../../src/model/record-issues';

describe('issuesUnder: the messages a curation field shows', () => {
  const issues = new Map([
    ['title', ['must not be empty']],
    ['sourceIds[0]', ['unknown source "trend-2022-12-21-vucic-aliyev"']],
    ['participants[1].personId', ['unknown person "jon-doe"']],
    ['documents[0].signatories[2]', ['unknown person "x"']],
    ['sectors[0]', ['unknown sector "fishing"']],
  ]);

  it('gives a field its own reasons as they are', () => {
    expect(issuesUnder(issues, 'title')).toEqual(['must not be empty']);
  });

  it('names a list item from one, and says what to do about a missing reference', () => {
    expect(issuesUnder(issues, 'sourceIds')).toEqual([
      'Item 1: unknown source "trend-2022-12-21-vucic-aliyev": save it under Sources first',
    ]);
    expect(issuesUnder(issues, 'participants[1].personId')).toEqual([
      'unknown person "jon-doe": add them under People first',
    ]);
    expect(issuesUnder(issues, 'documents')).toEqual([
      'Item 1, signatories, item 3: unknown person "x": add them under People first',
    ]);
    expect(issuesUnder(issues, 'sectors')).toEqual([
      'Item 1: unknown sector "fishing": add it under Sectors first',
    ]);
  });

  it('finds nothing for a field without problems', () => {
    expect(issuesUnder(issues, 'date')).toEqual([]);
  });

  it('reads brackets and dots as words', () => {
    expect(partName('[0]')).toBe('Item 1');
    expect(partName('[0].role')).toBe('Item 1, role');
    expect(partName('.name')).toBe('name');
  });
});
