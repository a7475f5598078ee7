import { create } from 'zustand';
import { resolveDataParam } from '../data/data-param';
import { parseAppUrl } from './app-url';
import { DEFAULT_DATASET_PATH } from './dataset-query';
import { updateUrl } from './url-history';

/**
 * Which dataset is showing: one shipped with the app (a path under public/, from `?data=` or
 * the default), or a file the user opened (its LoadedDataset sits in the query cache under
 * `key`; the file itself never leaves the browser).
 */
export type DatasetSource =
  { kind: 'path'; path: string } | { kind: 'file'; name: string; key: string };

export const DEFAULT_SOURCE: DatasetSource = { kind: 'path', path: DEFAULT_DATASET_PATH };

export interface DatasetSourceState {
  source: DatasetSource;
  /** Why the `?data=` link was refused (the default dataset shows instead), or null. */
  linkProblem: string | null;
  showPath: (path: string) => void;
  showFile: (name: string, key: string) => void;
  /** Back to the default dataset; also drops `?data=` from the address bar. */
  showDefault: () => void;
  /** Hides the refusal and drops the refused `?data=` from the address bar. */
  dismissLinkProblem: () => void;
}

/** The source named by a query string (`?data=…`), and why a refused link was refused. */
export function sourceFromSearch(search: string): {
  source: DatasetSource;
  linkProblem: string | null;
} {
  const resolved = resolveDataParam(parseAppUrl(search).data);
  if (resolved === null) return { source: DEFAULT_SOURCE, linkProblem: null };
  if (!resolved.ok) return { source: DEFAULT_SOURCE, linkProblem: resolved.reason };
  return { source: { kind: 'path', path: resolved.path }, linkProblem: null };
}

function dropDataParam(): void {
  updateUrl((s) => ({ ...s, data: null }), 'replace');
}

export const useDatasetSourceStore = create<DatasetSourceState>()((set) => ({
  ...sourceFromSearch(typeof window === 'undefined' ? '' : window.location.search),
  showPath: (path) => set({ source: { kind: 'path', path } }),
  showFile: (name, key) => set({ source: { kind: 'file', name, key } }),
  showDefault: () => {
    dropDataParam();
    set({ source: DEFAULT_SOURCE, linkProblem: null });
  },
  dismissLinkProblem: () => {
    // The refused value is not worth keeping in a link someone might copy.
    dropDataParam();
    set({ linkProblem: null });
  },
}));

/** For tests: the state a page load with this query string would start with. */
export function resetDatasetSourceStore(search = ''): void {
  useDatasetSourceStore.setState(sourceFromSearch(search));
}
