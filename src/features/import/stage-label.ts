import type { ImportPhase } from '../../data/dataset-job';
import type { LoadProgress } from '../../data/load-progress';
import { megabytes } from '../../data/dataset-limits';
import { plural } from '../../lib/plural';

const count = (rows: number) => plural(rows, 'engagement');

/** What an opened file's import is doing: "Checking 100,000 engagements". */
export function phaseLabel(phase: ImportPhase, rows?: number): string {
  switch (phase) {
    case 'reading':
      return 'Reading the file';
    case 'parsing':
      return 'Parsing';
    case 'validating':
      return rows === undefined ? 'Checking every engagement' : `Checking ${count(rows)}`;
    case 'indexing':
      return rows === undefined ? 'Indexing' : `Indexing ${count(rows)}`;
  }
}

/** What a linked dataset's load is doing: "Reading data/x.json (12 MB of 79 MB)". */
export function loadStageLabel(progress: LoadProgress): string {
  const { stage, rows, bytes, totalBytes } = progress;
  if (stage === 'reading') {
    if (bytes === undefined) return 'Reading';
    return `Reading (${megabytes(bytes)}${totalBytes === undefined ? '' : ` of ${megabytes(totalBytes)}`})`;
  }
  const verb = stage === 'checking' ? 'Checking' : 'Indexing';
  return rows === undefined ? `${verb} the engagements` : `${verb} ${count(rows)}`;
}
