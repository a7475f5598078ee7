// `npm run draft` (scripts/draft.ts) as a curator runs it: a seed article prints a draft as
// JSON and exits 0; an empty or missing file, or an invalid dataset, is one line on stderr
// and exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SEED = 'tests/fixtures/seeds/003_b681c1fa2e90997a.txt';

function draft(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/draft.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderrLines: run.stderr.trim().split('\n') };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'draft-cli-'));

describe('npm run draft', { timeout: 90_000 }, () => {
  it('prints the draft of a seed article as JSON with its engagements and evidence, exit 0', () => {
    const run = draft(SEED, '--published', '2023-11-07');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.ok).toBe(true);
    expect(result.engagements.length).toBeGreaterThanOrEqual(4);
    expect(result.engagements[0].event.date).toBe('2023-11-07');
    expect(result.engagements[0].fields.date.evidence[0].quote).toContain('November 7, 2023');
    expect(result.source.publisher).toBe('Azernews');
  });

  it('says in one line that an empty article is empty, exit 1', () => {
    const file = join(scratch(), 'empty.txt');
    writeFileSync(file, '  \n\n');
    const run = draft(file);
    expect(run.status).toBe(1);
    expect(run.stderrLines).toEqual([`${file}: the article is empty.`]);
    expect(run.stdout).toBe('');
  });

  it('says in one line that a missing file cannot be read, exit 1', () => {
    const file = join(scratch(), 'missing.txt');
    const run = draft(file);
    expect(run.status).toBe(1);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toContain('cannot read the article');
  });

  it('refuses an invalid dataset in one line, exit 1', () => {
    const run = draft(SEED, '--dataset', 'tests/fixtures/hostile-invalid.json');
    expect(run.status).toBe(1);
    expect(run.stderrLines).toHaveLength(1);
    expect(run.stderrLines[0]).toMatch(/not a valid dataset/);
  });
});
