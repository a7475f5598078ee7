import { describe, expect, it } from 'vitest';
import { DATA_LINK_REFUSED, resolveDataParam } from '../../../src/data/data-param';
import { sourceFromSearch } from '../../../src/state/dataset-source-store';

describe('resolveDataParam (?data=)', () => {
  it('means the default dataset when absent or blank', () => {
    expect(resolveDataParam(null)).toBeNull();
    expect(resolveDataParam('  ')).toBeNull();
  });

  it('accepts a dataset shipped under data/', () => {
    expect(resolveDataParam('data/az-rs.json')).toEqual({ ok: true, path: 'data/az-rs.json' });
    expect(resolveDataParam('az-rs.json')).toEqual({ ok: true, path: 'data/az-rs.json' });
    expect(resolveDataParam('data/Other_set-2.v1.json')).toEqual({
      ok: true,
      path: 'data/Other_set-2.v1.json',
    });
  });

  it.each([
    'https://evil.example/x.json',
    'http://evil.example/x.json',
    '//evil/x.json',
    '../secret.json',
    'data/../secret.json',
    'data/%2e%2e/x.json',
    'data%2Fx.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    '/data/az-rs.json',
    'data\\az-rs.json',
    '\\\\evil\\x.json',
    'data/sub/x.json',
    'data/template.csv',
    'data/.hidden.json',
    'az rs.json',
  ])('refuses %s', (value) => {
    const result = resolveDataParam(value);
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.reason.startsWith(DATA_LINK_REFUSED)).toBe(true);
  });

  it('says why, without echoing an endless value', () => {
    const result = resolveDataParam(`https://evil.example/${'a'.repeat(500)}.json`);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^Only datasets shipped with the app under data\/ can be opened from a link: "https:\/\/evil\.example\/a+…" points to another site or scheme\.$/,
      ),
    });
    if (result && !result.ok) expect(result.reason.length).toBeLessThan(200);
  });
});

describe('sourceFromSearch', () => {
  it('turns ?data= into the dataset source, or a refusal shown over the default', () => {
    expect(sourceFromSearch('')).toEqual({
      source: { kind: 'path', path: 'data/az-rs.json' },
      linkProblem: null,
    });
    expect(sourceFromSearch('?data=other.json&sector=energy')).toEqual({
      source: { kind: 'path', path: 'data/other.json' },
      linkProblem: null,
    });
    const refused = sourceFromSearch('?data=https%3A%2F%2Fevil.example%2Fx.json');
    expect(refused.source).toEqual({ kind: 'path', path: 'data/az-rs.json' });
    expect(refused.linkProblem).toMatch(/^Only datasets shipped with the app under data\//);
  });
});
