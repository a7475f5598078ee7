import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeckTools } from '../../../src/components/deck-tools';
import { AddToDeck } from '../../../src/features/deck/AddToDeck';
import { DeckPanel } from '../../../src/features/deck/DeckPanel';
import { emptyFilters } from '../../../src/model/filters';
import {
  DECK_STORAGE_KEY,
  reloadDeckStore,
  resetDeckStore,
  useDeckStore,
} from '../../../src/state/deck-store';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const energy = { ...emptyFilters(), sectors: ['energy'] };

const tools: DeckTools = {
  views: [
    { id: 'visit-frequency', title: 'Visit frequency' },
    { id: 'people-involved', title: 'People involved' },
    { id: 'timeline', title: 'Events timeline' },
  ],
  slideSvg: () => Promise.resolve('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  exportDeck: vi.fn(() => Promise.resolve({ blob: new Blob(['x']), fileName: 'deck.pptx' })),
  download: vi.fn(),
};

beforeEach(() => {
  resetDeckStore();
  // jsdom has no object URLs: the previews get a stand-in.
  URL.createObjectURL = () => 'blob:preview';
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => resetDeckStore());

function renderPanel() {
  return render(
    <DeckPanel
      index={index}
      filters={energy}
      tools={tools}
      onClose={() => {}}
      onPresent={() => {}}
    />,
  );
}

const slideList = () => screen.getByRole('list', { name: /^Slides of/ });
const captions = () =>
  within(slideList())
    .getAllByLabelText('Caption')
    .map((el) => (el as HTMLTextAreaElement).value);
const titles = () =>
  within(slideList())
    .getAllByLabelText('Title')
    .map((el) => (el as HTMLInputElement).value);

describe('Add to deck', () => {
  it('captures the view, its options and the filters, with editable default words', async () => {
    const user = userEvent.setup();
    render(
      <AddToDeck
        viewId="visit-frequency"
        title="Visit frequency"
        index={index}
        filters={energy}
        options={{ visitMode: 'level', showContacts: false }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add to deck' }));
    const box = screen.getByRole('group', { name: 'Add Visit frequency to deck' });
    expect((within(box).getByLabelText('Slide title') as HTMLInputElement).value).toBe(
      'Visit frequency',
    );
    const caption = within(box).getByLabelText('Caption');
    expect((caption as HTMLTextAreaElement).value).toBe('Sector: Energy');
    await user.clear(caption);
    await user.type(caption, 'Gas diplomacy');
    await user.click(within(box).getByRole('button', { name: 'Add slide' }));
    expect(screen.getByRole('status').textContent).toBe('Added to “My deck”: 1 slide');
    const [slide] = useDeckStore.getState().current()!.slides;
    expect(slide).toMatchObject({
      viewId: 'visit-frequency',
      caption: 'Gas diplomacy',
      options: { visitMode: 'level', showContacts: false },
      filters: { sectors: ['energy'] },
    });
  });
});

describe('the deck panel', () => {
  it('adds views, reorders by buttons, edits, duplicates, deletes, and keeps it all', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(screen.getByText(/No slides yet/)).toBeTruthy();
    const picker = screen.getByLabelText('Add a view with the current filters');
    for (const label of ['Visit frequency', 'People involved', 'Events timeline']) {
      await user.selectOptions(picker, label);
      await user.click(screen.getByRole('button', { name: 'Add slide' }));
    }
    expect(titles()).toEqual(['Visit frequency', 'People involved', 'Events timeline']);
    expect(captions()).toEqual(['Sector: Energy', 'Sector: Energy', 'Sector: Energy']);

    await user.click(screen.getByRole('button', { name: 'Move slide 3 up' }));
    expect(titles()).toEqual(['Visit frequency', 'Events timeline', 'People involved']);
    expect(
      (screen.getByRole('button', { name: 'Move slide 1 up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Move slide 1 down' }));
    expect(titles()).toEqual(['Events timeline', 'Visit frequency', 'People involved']);

    const second = within(slideList()).getAllByLabelText('Caption')[1]!;
    await user.clear(second);
    await user.type(second, 'Trips in the gas years');
    expect(captions()[1]).toBe('Trips in the gas years');

    await user.click(screen.getByRole('button', { name: 'Duplicate slide 2' }));
    expect(captions()).toEqual([
      'Sector: Energy',
      'Trips in the gas years',
      'Trips in the gas years',
      'Sector: Energy',
    ]);
    await user.click(screen.getByRole('button', { name: 'Delete slide 1' }));
    expect(titles()).toEqual(['Visit frequency', 'Visit frequency', 'People involved']);

    // As a reload would: read back from storage.
    expect(window.localStorage.getItem(DECK_STORAGE_KEY)).toContain('Trips in the gas years');
    reloadDeckStore();
    expect(
      useDeckStore
        .getState()
        .current()!
        .slides.map((s) => s.caption),
    ).toEqual(['Trips in the gas years', 'Trips in the gas years', 'Sector: Energy']);
  });

  it('keeps several named decks', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add slide' }));
    await user.click(screen.getByRole('button', { name: 'New deck' }));
    const name = screen.getByLabelText('Deck name');
    await user.clear(name);
    await user.type(name, 'Second');
    await user.tab();
    const switcher = screen.getByLabelText('Deck') as HTMLSelectElement;
    expect([...switcher.options].map((o) => o.text)).toEqual(['My deck (1)', 'Second (0)']);
    await user.selectOptions(switcher, 'My deck (1)');
    expect(titles()).toEqual(['Visit frequency']);
  });

  it('exports through the tools and says so', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add slide' }));
    await user.click(screen.getByRole('button', { name: 'Export PowerPoint' }));
    expect(tools.exportDeck).toHaveBeenCalledWith('pptx', expect.anything(), expect.any(Function));
    expect(tools.download).toHaveBeenCalledWith(expect.any(Blob), 'deck.pptx');
    expect(await screen.findByText('PowerPoint ready: deck.pptx')).toBeTruthy();
  });

  it('starts empty with a notice when storage holds junk', () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, '{not json');
    reloadDeckStore();
    renderPanel();
    expect(screen.getByText(/could not be read; starting with none/)).toBeTruthy();
  });
});
