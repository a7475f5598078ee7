/**
 * `npm run draft -- article.txt [--published YYYY-MM-DD] [--dataset file.json]`: drafts the
 * engagements an article reports (src/curation/draft-article.ts) and prints them as JSON in
 * the dataset's format, with the evidence of each field beside it. Exit 0 with a draft (or
 * `{ok:false, problem}` when the text reports nothing); exit 1, with one line on stderr, when
 * the file or the dataset cannot be read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftFromArticle } from '../src/curation/draft-article';
import { MAX_ARTICLE_CHARS } from '../src/curation/draft-text';
import { validateDataset } from '../src/data/validate-dataset';

const USAGE = 'usage: npm run draft -- article.txt [--published YYYY-MM-DD] [--dataset file.json]';

interface Args {
  file: string;
  published?: string;
  dataset: string;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let published: string | undefined;
  let dataset = 'public/data/az-rs.json';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--published' || arg === '--dataset') {
      const value = argv[++i];
      if (value === undefined) fail(`${arg} needs a value. ${USAGE}`);
      if (arg === '--published') published = value;
      else dataset = value;
    } else if (arg.startsWith('--')) fail(`unknown option ${arg}. ${USAGE}`);
    else if (file === undefined) file = arg;
    else fail(`one article at a time. ${USAGE}`);
  }
  if (file === undefined) fail(USAGE);
  if (published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    fail(`--published must be a date written YYYY-MM-DD, not "${published}".`);
  }
  return { file, published, dataset };
}

function readArticleFile(file: string): string {
  let text: string;
  try {
    // A little over the cap: the draft itself says when it cut the text.
    text = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      `${file}: cannot read the article (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    );
  }
  if (text.trim() === '') fail(`${file}: the article is empty.`);
  return text.length > MAX_ARTICLE_CHARS * 2 ? text.slice(0, MAX_ARTICLE_CHARS * 2) : text;
}

function readDataset(file: string) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (error) {
    fail(
      `${file}: cannot read the dataset (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const result = validateDataset(json);
  if (!result.ok) {
    const first = result.issues[0];
    fail(
      `${file}: not a valid dataset (${result.issues.length} problems; first: ${first?.path}: ${first?.reason}).`,
    );
  }
  return result.dataset;
}

const args = parseArgs(process.argv.slice(2));
const text = readArticleFile(args.file);
const dataset = readDataset(args.dataset);
const result = draftFromArticle(text, dataset, args.published ? { published: args.published } : {});
console.log(JSON.stringify(result, null, 2));
