import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import { plural } from '../../lib/plural';
import { useModal } from '../../components/use-modal';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useWorkingCopyStore, workingDataset } from '../../state/working-copy-store';
import { blankEvent, duplicateOf } from './engagement-draft';
import { EngagementEditor, type EngagementDraftState } from './EngagementEditor';
import { EngagementList } from './EngagementList';
import { PasteArticle } from './PasteArticle';
import { PendingChanges } from './PendingChanges';
import { RecordSection } from './RecordSection';
import './curate.css';

const TABS = [
  { value: 'paste', label: 'Paste an article' },
  { value: 'events', label: 'Engagements' },
  { value: 'people', label: 'People' },
  { value: 'sources', label: 'Sources' },
  { value: 'sectors', label: 'Sectors' },
  { value: 'places', label: 'Places' },
  { value: 'changes', label: 'Changes and download' },
] as const;
type Tab = (typeof TABS)[number]['value'];

export interface CurateModeProps {
  /** The dataset showing when Curate opened: the working copy starts from it. */
  dataset: Dataset;
  origin: string;
  onClose: () => void;
  onDownload: (blob: Blob, fileName: string) => void;
}

/** The engagement form in progress, kept in the working copy's store so a reload keeps it. */
function useEngagementDraft(): [
  EngagementDraftState | null,
  (draft: EngagementDraftState | null) => void,
] {
  const stored = useWorkingCopyStore((s) => s.draft);
  const draft =
    stored?.collection === 'events'
      ? ({
          key: stored.key,
          form: stored.value,
          evidence: stored.extra ?? {},
        } as EngagementDraftState)
      : null;
  const set = (d: EngagementDraftState | null) =>
    useWorkingCopyStore
      .getState()
      .setDraft(d && { collection: 'events', key: d.key, value: d.form, extra: d.evidence });
  return [draft, set];
}

/** What each tab shows; the engagement form, when one is open, in Paste and Engagements. */
function useSections(
  working: Dataset,
  base: Dataset,
  origin: string,
  onDownload: CurateModeProps['onDownload'],
): Record<Tab, () => ReactNode> {
  const [draft, setDraft] = useEngagementDraft();
  const editor = draft ? (
    <EngagementEditor
      key={draft.key ?? 'new'}
      dataset={working}
      draft={draft}
      onChange={setDraft}
      onDone={() => setDraft(null)}
    />
  ) : null;
  return {
    paste: () => (
      <>
        <PasteArticle dataset={working} onReview={setDraft} />
        {editor}
      </>
    ),
    events: () =>
      editor ?? (
        <EngagementList
          dataset={working}
          onAdd={() => setDraft({ key: null, form: blankEvent(), evidence: {} })}
          onEdit={(e) => setDraft({ key: e.id, form: e, evidence: {} })}
          onDuplicate={(e) => setDraft({ key: null, form: duplicateOf(e), evidence: {} })}
        />
      ),
    people: () => <RecordSection collection="people" dataset={working} />,
    sources: () => <RecordSection collection="sources" dataset={working} />,
    sectors: () => <RecordSection collection="sectors" dataset={working} />,
    places: () => <RecordSection collection="places" dataset={working} />,
    changes: () => (
      <PendingChanges base={base} working={working} origin={origin} onDownload={onDownload} />
    ),
  };
}

/**
 * Curate mode: paste an article for a drafted engagement, add, edit, duplicate and delete
 * engagements, edit people, sources, sectors and places, and download the working copy.
 */
export function CurateMode({ dataset, origin, onClose, onDownload }: CurateModeProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useModal(ref);
  const headingId = useId();
  const store = useWorkingCopyStore();
  // Only once the stored copy has been read: a new one must never overwrite it.
  useEffect(() => {
    if (store.status === 'ready') store.begin(dataset, origin);
    else void store.load();
  }, [store, dataset, origin]);
  // A form left open before a reload opens again, on its tab.
  const [tab, setTab] = useState<Tab>(
    () => useWorkingCopyStore.getState().draft?.collection ?? 'paste',
  );
  const { base: stored, changes } = store;
  const working = useMemo(
    () => workingDataset({ base: stored, changes }) ?? dataset,
    [stored, changes, dataset],
  );
  const base = store.base ?? dataset;
  const sections = useSections(working, base, store.baseOrigin ?? origin, onDownload);
  return (
    <dialog
      ref={ref}
      className="curate-mode"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="curate-inner">
        <div className="curate-head">
          <h2 id={headingId}>Curate</h2>
          <p className="curate-count" role="status">
            Working copy of {store.baseOrigin ?? origin} ·{' '}
            {plural(store.changes.length, 'unsaved change')}
          </p>
          <button type="button" className="btn" onClick={onClose}>
            Back to the dashboard
          </button>
        </div>
        <SegmentedControl
          className="curate-tabs"
          label="Curate"
          options={TABS}
          value={tab}
          onChange={setTab}
        />
        {sections[tab]()}
      </div>
    </dialog>
  );
}
