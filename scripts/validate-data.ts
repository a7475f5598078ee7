/**
 * `npm run validate:data [file]`: checks a dataset file against the schema and the
 * cross-reference rules the app applies when it loads one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../src/data/validate-dataset';

const file = resolve(process.argv[2] ?? 'public/data/az-rs.json');

let json: unknown;
try {
  json = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const result = validateDataset(json);
if (result.ok) {
  const d = result.dataset;
  console.log(
    `valid: ${d.events.length} events, ${d.people.length} people, ${d.sectors.length} sectors, ${d.sources.length} sources`,
  );
} else {
  for (const issue of result.issues) console.error(`${issue.path}: ${issue.reason}`);
  console.error(
    `invalid: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} in ${file}`,
  );
  process.exit(1);
}
