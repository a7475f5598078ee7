/**
 * The curator's working copy: the dataset it was opened from, the pending changes and the
 * form being edited, kept in IndexedDB (idb-keyval) on every confirmed change so a reload, a
 * crash or a closed tab loses nothing. Loaded lazily: never part of the first paint.
 */
import { del, get, set } from 'idb-keyval';
import { create } from 'zustand';
import type { Dataset } from '../data/schema';
import {
  applyChanges,
  recordEdit,
  type Change,
  type Collection,
  type RecordOf,
} from '../model/working-copy';

/** Where the working copy lives in IndexedDB. */
export const WORKING_COPY_KEY = 'bilateral-working-copy-v1';
/** How many confirmed steps "Undo last" can take back. */
const HISTORY_MAX = 100;

/** An edit in progress: the form's values, kept so it survives a reload. */
export interface FormDraft {
  collection: Collection;
  /** The record's key in the working copy, null for a new one. */
  key: string | null;
  value: unknown;
  /** Evidence and the rest of a draft from an article, shown beside the fields. */
  extra?: unknown;
}

/** The article pasted in Curate, and what the engine drafted from it (its other engagements). */
export interface ArticleDraft {
  text: string;
  published: string;
  /** The draft result (curation/draft-types.ts), null until drafted. */
  result: unknown;
}

interface Saved {
  baseOrigin: string;
  base: Dataset;
  changes: Change[];
  history: Change[][];
  draft: FormDraft | null;
  article?: ArticleDraft | null;
}

export interface KeyValueStorage {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

/** idb-keyval, any throw a rejection (a browser or test without IndexedDB throws at once). */
const idbStorage: KeyValueStorage = {
  get: (k) => Promise.resolve().then(() => get(k)),
  set: (k, v) => Promise.resolve().then(() => set(k, v)),
  del: (k) => Promise.resolve().then(() => del(k)),
};
let storage: KeyValueStorage = idbStorage;
/** Writes in the order they were made: a slow write never lands after a newer one. */
let writes: Promise<void> = Promise.resolve();

export interface WorkingCopyState {
  /** `idle` until the stored copy has been read (after the first paint). */
  status: 'idle' | 'loading' | 'ready';
  baseOrigin: string | null;
  base: Dataset | null;
  changes: Change[];
  history: Change[][];
  draft: FormDraft | null;
  article: ArticleDraft | null;
  /** Reads the stored copy, once. */
  load: () => Promise<void>;
  /** Starts a working copy from the dataset showing (kept when one exists already). */
  begin: (base: Dataset, origin: string) => void;
  /** A confirmed edit of one record (`key` its key in the working copy, null for a new one; `after` null deletes it). */
  commit: <C extends Collection>(
    collection: C,
    key: string | null,
    after: RecordOf<C> | null,
  ) => void;
  /** Takes back one pending change: the record as it was opened. */
  revert: (change: Change) => void;
  undoLast: () => void;
  setDraft: (draft: FormDraft | null) => void;
  setArticle: (article: ArticleDraft | null) => void;
  /** Drops the working copy and everything stored of it. */
  discard: () => void;
}

function persist(state: WorkingCopyState): void {
  const { baseOrigin, base, changes, history, draft, article } = state;
  const saved: Saved | null =
    base === null || baseOrigin === null
      ? null
      : { baseOrigin, base, changes, history, draft, article };
  writes = writes
    .then(() => (saved ? storage.set(WORKING_COPY_KEY, saved) : storage.del(WORKING_COPY_KEY)))
    .catch(() => undefined);
}

const isSaved = (value: unknown): value is Saved =>
  typeof value === 'object' &&
  value !== null &&
  'base' in value &&
  Array.isArray((value as Saved).changes);

const EMPTY = {
  baseOrigin: null,
  base: null,
  changes: [],
  history: [],
  draft: null,
  article: null,
};

export const useWorkingCopyStore = create<WorkingCopyState>()((setState, getState) => {
  const update = (patch: Partial<WorkingCopyState>) => {
    setState(patch);
    persist(getState());
  };
  const step = (changes: Change[]) => {
    const { history, changes: now } = getState();
    update({ changes, history: [...history, now].slice(-HISTORY_MAX) });
  };
  return {
    status: 'idle',
    ...EMPTY,
    load: async () => {
      if (getState().status !== 'idle') return;
      setState({ status: 'loading' });
      const saved = await storage.get(WORKING_COPY_KEY).catch(() => undefined);
      setState({ status: 'ready', ...(isSaved(saved) ? { article: null, ...saved } : {}) });
    },
    begin: (base, origin) => {
      if (getState().base !== null) return;
      update({ base, baseOrigin: origin, changes: [], history: [], draft: null, article: null });
    },
    commit: (collection, key, after) => {
      const { base, changes } = getState();
      if (base === null) return;
      step(recordEdit(changes, base, collection, key, after));
    },
    revert: (change) => step(getState().changes.filter((c) => c !== change)),
    undoLast: () => {
      const { history } = getState();
      const last = history.at(-1);
      if (last === undefined) return;
      update({ changes: last, history: history.slice(0, -1) });
    },
    setDraft: (draft) => update({ draft }),
    setArticle: (article) => update({ article }),
    discard: () => update({ ...EMPTY }),
  };
});

/** The working copy as a dataset (the opened one with the changes applied), or null. */
export function workingDataset(state: Pick<WorkingCopyState, 'base' | 'changes'>): Dataset | null {
  return state.base === null ? null : applyChanges(state.base, state.changes);
}

/** Resolves once every write made so far has reached the storage (tests, before a reload). */
export function flushWorkingCopy(): Promise<void> {
  return writes;
}

/** For tests: an empty store, reading and writing `replacement` (an in-memory map by default). */
export function resetWorkingCopyStore(replacement?: KeyValueStorage): void {
  if (replacement) storage = replacement;
  else {
    const memory = new Map<string, unknown>();
    storage = {
      get: (k) => Promise.resolve(memory.get(k)),
      set: (k, v) => Promise.resolve(void memory.set(k, v)),
      del: (k) => Promise.resolve(void memory.delete(k)),
    };
  }
  writes = Promise.resolve();
  useWorkingCopyStore.setState({ status: 'idle', ...EMPTY });
}
