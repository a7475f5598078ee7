import type { LoadedDataset } from '../../src/state/dataset-query';
import { loadDataset } from '../../src/state/load-dataset';
import { fixtureJson } from './dataset';

/**
 * The frozen fixture plus 25 people (from Azerbaijan) with one engagement each: 39 people in
 * all, more than the People involved view shows at first (15) or on a slide (10).
 */
export function longRanking(): LoadedDataset {
  const json = fixtureJson();
  const many = Array.from({ length: 25 }, (_, i) => ({
    id: `extra-${i}`,
    name: `Extra Person ${String(i).padStart(2, '0')}`,
    country: 'AZ',
    roles: [{ title: 'Official' }],
  }));
  json.people.push(...many);
  json.events[0]!.participants!.push(
    ...many.map((p) => ({ personId: p.id, role: 'Official', country: 'AZ' })),
  );
  return loadDataset(json, 'fixture');
}
