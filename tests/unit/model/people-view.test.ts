import { describe, expect, it } from 'vitest';
import {
  activePerson,
  isGarbledSpelling,
  readableAliases,
  formatRoleDates,
  rolesOverTime,
} from '../../../src/model/people-view';
import type { Person } from '../../../src/data/schema';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();

describe('people view helpers', () => {
  it('picks the most recently selected person the dataset knows', () => {
    expect(activePerson(index, [])).toBeNull();
    expect(activePerson(index, ['ivica-dacic', 'ilham-aliyev'])?.id).toBe('ilham-aliyev');
    expect(activePerson(index, ['ivica-dacic', 'nobody'])?.id).toBe('ivica-dacic');
  });

  it('formats role dates', () => {
    expect(formatRoleDates({ title: 'x', asOf: '2023-11-07' })).toBe('as of 7 Nov 2023');
    expect(formatRoleDates({ title: 'x', from: '2020-01-02', to: '2022-03-04' })).toBe(
      '2 Jan 2020 – 4 Mar 2022',
    );
    expect(formatRoleDates({ title: 'x', from: '2020-01-02' })).toBe('since 2 Jan 2020');
    expect(formatRoleDates({ title: 'x', to: '2020-01-02' })).toBe('until 2 Jan 2020');
    expect(formatRoleDates({ title: 'x' })).toBe('');
  });

  it('orders roles over time and cleans aliases', () => {
    const p: Person = {
      id: 'p',
      name: 'Ana',
      country: 'RS',
      aliases: ['Ana', ' ', 'Anna', 'Anna'],
      roles: [
        { title: 'Later', from: '2022-01-01' },
        { title: 'Undated' },
        { title: 'Earlier', asOf: '2020-01-01' },
      ],
    };
    expect(rolesOverTime(p).map((r) => r.title)).toEqual(['Earlier', 'Later', 'Undated']);
    expect(readableAliases(p)).toEqual(['Anna']);
  });

  it('shows readers only real spellings: not garbled, not the name again, not an ASCII copy', () => {
    const vucic = index.personById.get('aleksandar-vucic')!;
    expect(vucic.aliases).toContain('Vu?i?');
    expect(readableAliases(vucic)).toEqual(['Vučić']);
    const p: Person = {
      id: 'p',
      name: 'Marko Đurić',
      country: 'RS',
      roles: [],
      aliases: [
        'Marko Djuric',
        'Djuric',
        'Đurić',
        'Marko Duric',
        'Marko \uFFFDuri\uFFFD',
        'Marko Ä\u0090uriÄ\u0087',
        'Marko Ä\u0090uriÄ‡',
        'Ã\u0090uriÄ‡',
        'Марко Ђурић',
        'Марко Ђурић',
      ],
    };
    expect(readableAliases(p)).toEqual(['Đurić', 'Marko Duric', 'Марко Ђурић']);
  });

  it('tells garbled spellings from real ones', () => {
    for (const bad of ['Vu?i?', 'Vu\uFFFDi\uFFFD', 'VuÄ\u008DiÄ‡', 'JosÃ©', 'Ã‰mile']) {
      expect(isGarbledSpelling(bad), bad).toBe(true);
    }
    for (const good of ['Vučić', 'Åsa Ñúñez', 'Ilham Əliyev', 'Ильхам Алиев', 'Ana-Marija']) {
      expect(isGarbledSpelling(good), good).toBe(false);
    }
  });
});
