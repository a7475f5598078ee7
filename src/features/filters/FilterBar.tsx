import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';

export function FilterBar(_props: { index: DatasetIndex; filters: Filters }) {
  return <div className="panel">Filters</div>;
}
