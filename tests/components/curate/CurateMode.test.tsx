import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftResult, FieldEvidence } from '../../../src/curation/draft-types';
import { DRAFT_FIELDS } from '../../../src/curation/draft-types';
import { draftFromArticle } from '../../../src/curation/draft-article';
import { CurateMode } from '../../../src/features/curate/CurateMode';
import {
  flushWorkingCopy,
  resetWorkingCopyStore,
  useWorkingCopyStore,
  WORKING_COPY_KEY,
} from '../../../src/state/working-copy-store';
import { loadFixture } from '../../support/dataset';

const { dataset } = loadFixture();

const none: FieldEvidence = { evidence: [], needsReview: true };
const fields = Object.fromEntries(DRAFT_FIELDS.map((f) => [f, none])) as Record<
  (typeof DRAFT_FIELDS)[number],
  FieldEvidence
>;

/** A draft as the engine would make it from seed 003 (the engine itself is tested on its own). */
const FAKE_DRAFT: DraftResult = {
  ok: true,
  engagements: [
    {
      event: {
        id: '',
        date: '2023-11-07',
        datePrecision: 'day',
        dateInferred: true,
        type: 'meeting',
        place: { city: 'Belgrade', country: 'RS' },
        placeInferred: false,
        hostCountry: 'RS',
        guestCountry: 'AZ',
        visitId: null,
        level: 'foreign-minister',
        title: 'Bayramov and Dačić meet in Belgrade',
        summary: '',
        participants: [
          { personId: 'jeyhun-bayramov', role: 'Minister of Foreign Affairs', country: 'AZ' },
          { personId: 'ivica-dacic', role: 'Minister of Foreign Affairs', country: 'RS' },
        ],
        sectors: ['energy'],
        topics: [],
        documents: [],
        sourceIds: ['trend-2022-12-21-vucic-energy'],
      },
      fields: {
        ...fields,
        date: {
          needsReview: false,
          evidence: [
            {
              quote: 'on Tuesday',
              confidence: 'medium',
              inferred: 'the Tuesday before publication (2023-11-07)',
            },
          ],
        },
        place: { needsReview: false, evidence: [{ quote: 'in Belgrade', confidence: 'high' }] },
      },
    },
  ],
  newPeople: [
    {
      person: { id: 'jane-roe', name: 'Jane Roe', aliases: [], country: 'RS', roles: [] },
      evidence: { quote: 'State Secretary Jane Roe', confidence: 'low' },
    },
  ],
  skipped: [
    { name: 'John Byline', reason: "the article's author (byline)", quote: 'By John Byline' },
  ],
  source: {
    id: 'trend-2022-12-21-vucic-energy',
    publisher: 'Trend',
    title: 'x',
    published: '2023-11-07',
  },
  warnings: [],
};

vi.mock('../../../src/curation/draft-article', () => ({
  draftFromArticle: vi.fn(() => FAKE_DRAFT),
}));

beforeEach(() => resetWorkingCopyStore());
afterEach(() => resetWorkingCopyStore());

function renderCurate() {
  return render(
    <CurateMode
      dataset={dataset}
      origin="data/az-rs.json"
      onClose={() => undefined}
      onDownload={() => undefined}
    />,
  );
}

/** The text of whatever describes the control a label names (its messages and evidence). */
function described(label: string): string {
  const control = screen.getByLabelText(label);
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

type User = ReturnType<typeof userEvent.setup>;

async function addByHand(user: User) {
  await user.click(screen.getByRole('button', { name: 'Engagements' }));
  await user.click(screen.getByRole('button', { name: 'Add engagement' }));
  await user.type(screen.getByLabelText('Title'), 'Foreign ministers meet');
  await user.type(screen.getByLabelText('Date'), '2023-11-07');
  await user.selectOptions(screen.getByLabelText('Type'), 'meeting');
  await user.selectOptions(screen.getByLabelText('Level'), 'foreign-minister');
  await user.selectOptions(screen.getByLabelText('Place: country'), 'RS');
  await user.selectOptions(screen.getByLabelText('Host country'), 'RS');
  await user.selectOptions(screen.getByLabelText('Guest country'), 'AZ');
  await user.type(screen.getByLabelText('Sources'), 'trend-2022-12-21-vucic-energy');
}

describe('Curate mode', () => {
  it('shows a drafted engagement as a form with the evidence beside each field', async () => {
    const user = userEvent.setup();
    renderCurate();
    await user.type(screen.getByLabelText('Article text'), 'Bayramov met Dačić in Belgrade.');
    await user.type(screen.getByLabelText('Published'), '2023-11-07');
    await user.click(screen.getByRole('button', { name: 'Draft the engagement' }));
    expect(await screen.findByLabelText('Date')).toHaveValue('2023-11-07');
    expect(described('Date')).toContain('on Tuesday');
    expect(described('Date')).toContain('inferred: the Tuesday before publication (2023-11-07)');
    expect(described('Date')).toContain('medium confidence');
    expect(described('Place: country')).toContain('in Belgrade');
    expect(described('Type')).toContain('Needs review');
    expect(screen.getByLabelText('Place: city')).toHaveValue('Belgrade');
    expect(screen.getByLabelText('Person 1 (id)')).toHaveValue('jeyhun-bayramov');
    expect(screen.getByLabelText('Person 2 (id)')).toHaveValue('ivica-dacic');
    const skipped = screen.getByRole('region', { name: 'Names left out' });
    expect(skipped).toHaveTextContent("John Byline: the article's author (byline)");
    // Nothing is saved until the curator confirms.
    expect(useWorkingCopyStore.getState().changes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add Jane Roe to people' }));
    expect(screen.getByRole('region', { name: 'New people proposed' })).toHaveTextContent(
      'Added to people',
    );
    await user.click(screen.getByRole('button', { name: 'Save engagement' }));
    const changes = useWorkingCopyStore.getState().changes;
    expect(changes.map((c) => [c.collection, c.key])).toEqual([
      ['people', 'jane-roe'],
      ['events', '2023-11-07-bayramov-and-dacic-meet-in-belgrade'],
    ]);
  });

  it('puts the message by the field and blocks Save for a guest equal to the host or an unknown person', async () => {
    const user = userEvent.setup();
    renderCurate();
    await addByHand(user);
    const save = screen.getByRole('button', { name: 'Save engagement' });
    expect(save).toBeEnabled();
    await user.selectOptions(screen.getByLabelText('Guest country'), 'RS');
    expect(described('Guest country')).toContain('guest and host are both "RS"');
    expect(screen.getByLabelText('Guest country')).toHaveAttribute('aria-invalid', 'true');
    expect(save).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Guest country'), 'AZ');
    expect(save).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Add participant' }));
    await user.type(screen.getByLabelText('Person 1 (id)'), 'jon-doe');
    expect(described('Person 1 (id)')).toContain('unknown person "jon-doe"');
    expect(save).toBeDisabled();
    await user.click(save);
    expect(useWorkingCopyStore.getState().changes).toEqual([]);
  });

  it('keeps each confirmed change in storage, lists it, and undoes it', async () => {
    const user = userEvent.setup();
    const memory = new Map<string, unknown>();
    resetWorkingCopyStore({
      get: (k) => Promise.resolve(memory.get(k)),
      set: (k, v) => Promise.resolve(void memory.set(k, v)),
      del: (k) => Promise.resolve(void memory.delete(k)),
    });
    renderCurate();
    await addByHand(user);
    await user.click(screen.getByRole('button', { name: 'Save engagement' }));
    await user.click(screen.getByRole('button', { name: 'Engagements' }));
    await user.click(screen.getByRole('button', { name: /^Duplicate\s*Foreign ministers meet$/ }));
    expect(screen.getByLabelText('Title')).toHaveValue('Foreign ministers meet (copy)');
    await user.click(screen.getByRole('button', { name: 'Save engagement' }));
    await flushWorkingCopy();
    const saved = memory.get(WORKING_COPY_KEY) as { changes: unknown[] };
    expect(saved.changes).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Changes and download' }));
    const pending = () => screen.getByRole('list', { name: 'Pending changes' });
    expect(within(pending()).getAllByRole('listitem')).toHaveLength(2);
    expect(pending()).toHaveTextContent('added events 2023-11-07-foreign-ministers-meet');
    expect(screen.getByText(/2 unsaved changes/)).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: /^Undo\s*2023-11-07-foreign-ministers-meet$/ }),
    );
    expect(within(pending()).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Undo last' }));
    expect(within(pending()).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => expect(screen.getByText(/2 unsaved changes/)).toBeInTheDocument());
  });

  it('keeps a form in progress over a reload, and saves sector keywords', async () => {
    const user = userEvent.setup();
    const first = renderCurate();
    await user.click(screen.getByRole('button', { name: /^Sectors$/ }));
    await user.click(screen.getByRole('button', { name: /^Edit\s*energy$/ }));
    await user.type(screen.getByLabelText('Keywords'), 'gas{Enter}pipeline');
    first.unmount();
    renderCurate();
    expect(screen.getByLabelText('Keywords')).toHaveValue('gas\npipeline');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const [change] = useWorkingCopyStore.getState().changes;
    expect(change?.after).toMatchObject({ id: 'energy', keywords: ['gas', 'pipeline'] });
    expect(useWorkingCopyStore.getState().draft).toBeNull();
  });
  it('brings back the article and every drafted engagement after a reload', async () => {
    const user = userEvent.setup();
    const memory = new Map<string, unknown>();
    const storage = {
      get: (k: string) => Promise.resolve(memory.get(k)),
      set: (k: string, v: unknown) => Promise.resolve(void memory.set(k, v)),
      del: (k: string) => Promise.resolve(void memory.delete(k)),
    };
    resetWorkingCopyStore(storage);
    const [one] = (FAKE_DRAFT as Extract<DraftResult, { ok: true }>).engagements;
    const second = {
      ...one!,
      event: {
        ...one!.event,
        type: 'press-statement' as const,
        title: 'Press statements in Belgrade',
      },
    };
    vi.mocked(draftFromArticle).mockReturnValueOnce({
      ...FAKE_DRAFT,
      engagements: [one!, second],
    } as DraftResult);
    const first = renderCurate();
    await user.type(screen.getByLabelText('Article text'), 'Bayramov met Dačić in Belgrade.');
    await user.type(screen.getByLabelText('Published'), '2023-11-07');
    await user.click(screen.getByRole('button', { name: 'Draft the engagement' }));
    await screen.findByRole('button', { name: 'Review engagement 2' });
    await waitFor(() => expect(useWorkingCopyStore.getState().article).not.toBeNull());
    await flushWorkingCopy();
    first.unmount();
    // A reload: the store starts empty and reads what storage kept.
    resetWorkingCopyStore(storage);
    renderCurate();
    await user.click(await screen.findByRole('button', { name: 'Paste an article' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Article text')).toHaveValue('Bayramov met Dačić in Belgrade.'),
    );
    expect(screen.getByLabelText('Published')).toHaveValue('2023-11-07');
    expect(screen.getByText('Drafted 2 engagements: confirm each below.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Names left out' })).toHaveTextContent('John Byline');
    await user.click(screen.getByRole('button', { name: 'Review engagement 2' }));
    expect(screen.getByLabelText('Title')).toHaveValue('Press statements in Belgrade');
  });
});
