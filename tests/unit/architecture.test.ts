import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule in eslint.config.js: lib ← data ← model ← state ← components ← features ←
 * app. Each case lints a one-line file placed in a layer and checks what the rule says.
 */
const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: resolve(__dirname, '../..', file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies')
    .map((m) => m.message);
}

describe('the layer rule', () => {
  it('fails when data imports model', async () => {
    const errors = await layerErrors(
      'src/data/new-file.ts',
      "import { buildIndex } from '../model/dataset-index';\nexport const x = buildIndex;\n",
    );
    expect(errors.join('\n')).toMatch(/from elements of type "data" to elements of type "model"/);
  });

  it('fails when a feature imports another feature', async () => {
    const errors = await layerErrors(
      'src/features/events/new-file.ts',
      "import { VisitFrequency } from '../visits/VisitFrequency';\nexport const x = VisitFrequency;\n",
    );
    expect(errors.join('\n')).toMatch(/feature="events" to elements of type "feature".*"visits"/);
  });

  it('fails when a lower layer imports a higher one', async () => {
    const errors = await layerErrors(
      'src/model/new-file.ts',
      "import { useFilterStore } from '../state/filter-store';\nexport const x = useFilterStore;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('lets a feature use its own folder and the layers below', async () => {
    const errors = await layerErrors(
      'src/features/events/new-file.ts',
      [
        "import { EventRecord } from './EventRecord';",
        "import { Panel } from '../../components/Panel';",
        "import { useFilterStore } from '../../state/filter-store';",
        "import { buildIndex } from '../../model/dataset-index';",
        "import { foldText } from '../../lib/text';",
        'export const x = [EventRecord, Panel, useFilterStore, buildIndex, foldText];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});

describe('the size rule', () => {
  const ruleIds = async (source: string) => {
    const [result] = await eslint.lintText(source, {
      filePath: resolve(__dirname, '../..', 'src/model/new-file.ts'),
    });
    return (result?.messages ?? []).map((m) => m.ruleId);
  };

  it('fails on a function over 80 lines', async () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const ids = await ruleIds(`export function long() {\n${body}\n  return v0;\n}\n`);
    expect(ids).toContain('max-lines-per-function');
  });

  it('fails on a file over 400 lines', async () => {
    const lines = Array.from({ length: 401 }, (_, i) => `export const v${i} = ${i};`).join('\n');
    expect(await ruleIds(`${lines}\n`)).toContain('max-lines');
  });
});

describe('the address bar', () => {
  it('has one owner: only src/state/url-history.ts writes history', () => {
    const root = resolve(__dirname, '../..');
    const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(root, 'src', f));
    const writers = files
      .filter((f) => /history\.(pushState|replaceState)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(writers).toEqual(['src/state/url-history.ts']);
  });
});
