import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../../src/features/filters/FilterBar';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();

/** FilterBar wired to the store, as the dashboard does. */
function Bar() {
  const filters = useFilterStore((s) => s.filters);
  return <FilterBar index={index} filters={filters} />;
}

const store = () => useFilterStore.getState().filters;

describe('FilterBar', () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('explains how filters combine and labels every group', () => {
    render(<Bar />);
    expect(screen.getByRole('search', { name: 'Filter engagements' })).toBeInTheDocument();
    expect(
      screen.getByText(/Tick several values in one filter to see engagements with any of them/),
    ).toBeInTheDocument();
    for (const name of ['Sectors', 'Years', 'Who travelled', 'Type', 'People']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument();
    }
    expect(screen.getByText('Ignores case and accents: “vucic” finds Vučić.')).toBeInTheDocument();
  });

  it('writes the search text to the store on each keystroke', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    expect(search).toHaveAttribute('placeholder', 'Names, places, topics…');
    await user.type(search, 'vuc');
    expect(store().q).toBe('vuc');
    await user.type(search, 'ic');
    expect(store().q).toBe('vucic');
    expect(search).toHaveValue('vucic');
  });

  it('follows the store when the query is cleared elsewhere', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(search, 'gas');
    useFilterStore.getState().setQuery('');
    expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('lists every sector with its count and toggles it', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const sectors = screen.getByRole('group', { name: 'Sectors' });
    expect(within(sectors).getAllByRole('checkbox')).toHaveLength(12);
    const energy = within(sectors).getByRole('checkbox', { name: /^Energy/ });
    expect(energy).toHaveAccessibleName('Energy 5 engagements');
    await user.click(energy);
    expect(store().sectors).toEqual(['energy']);
    expect(energy).toBeChecked();
    expect(within(sectors).getByText(/1 selected/)).toBeInTheDocument();
    await user.click(energy);
    expect(store().sectors).toEqual([]);
  });

  it('clears one group with its Clear button', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    await user.click(screen.getByRole('checkbox', { name: /^Energy/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Defence industry/ }));
    await user.click(screen.getByRole('checkbox', { name: /^Meeting/ }));
    await user.click(screen.getByRole('button', { name: 'Clear Sectors' }));
    expect(store().sectors).toEqual([]);
    expect(store().types).toEqual(['meeting']);
    expect(screen.queryByRole('button', { name: 'Clear Sectors' })).not.toBeInTheDocument();
  });

  it('updates the other groups’ counts when a filter is set', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    await user.click(screen.getByRole('checkbox', { name: /^Energy/ }));
    // Faceted: the sector list keeps its own counts, the others count energy engagements.
    expect(screen.getByRole('checkbox', { name: /^Political dialogue/ })).toHaveAccessibleName(
      'Political dialogue 11 engagements',
    );
    expect(screen.getByRole('checkbox', { name: /^Phone call/ })).toHaveAccessibleName(
      'Phone call 0 engagements',
    );
  });

  it('sets the year range from the From and To selects', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any', '2020', '2021', '2022', '2023', '2024']);
    await user.selectOptions(from, '2022');
    expect(store().from).toBe(2022);
    await user.selectOptions(to, '2023');
    expect(store()).toMatchObject({ from: 2022, to: 2023 });
    await user.selectOptions(from, 'Any');
    expect(store()).toMatchObject({ from: null, to: 2023 });
  });

  it('filters by who travelled', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const group = screen.getByRole('group', { name: 'Who travelled' });
    expect(group).toHaveTextContent('Counts are engagements, not trips');
    const labels = within(group)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.querySelector('.filter-option-label')?.textContent);
    expect(labels).toEqual([
      'Azerbaijan → Serbia',
      'Serbia → Azerbaijan',
      'No travel (calls, letters, protests)',
    ]);
    await user.click(within(group).getByRole('checkbox', { name: /^Serbia → Azerbaijan/ }));
    expect(store().directions).toEqual(['RS-AZ']);
  });

  it('filters by event type', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const group = screen.getByRole('group', { name: 'Type' });
    await user.click(within(group).getByRole('checkbox', { name: /^Meeting/ }));
    expect(store().types).toEqual(['meeting']);
  });

  it('finds a person without accents and filters by them', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const group = screen.getByRole('group', { name: 'People' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(14);
    await user.type(within(group).getByRole('textbox', { name: 'Find a person' }), 'djuric');
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toHaveAccessibleName(/^Marko Đurić/);
    expect(boxes[0]).toHaveAccessibleName('Marko Đurić (Serbia) 1 engagement');
    expect(within(group).getByText('1 person matches.')).toBeInTheDocument();
    await user.click(boxes[0]!);
    expect(store().people).toEqual(['marko-duric']);

    // A selected person stays listed while searching for someone else.
    const find = within(group).getByRole('textbox', { name: 'Find a person' });
    await user.clear(find);
    await user.type(find, 'dacic');
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).checked),
    ).toEqual([true, false]);
    await user.type(find, 'xyz');
    expect(within(group).getByText('No one matches “dacicxyz”.')).toBeInTheDocument();
  });

  it('folds behind a toggle button that reports the active count', async () => {
    const user = userEvent.setup();
    render(<Bar />);
    const toggle = screen.getByRole('button', { name: 'Filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('checkbox', { name: /^Energy/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '2022');
    expect(screen.getByRole('button', { name: 'Filters (2 active)' })).toBe(toggle);
  });

  it('keeps a long person list fast by rendering at most 50 rows', async () => {
    const { dataset } = loadFixture();
    const many = loadFixture();
    const people = Array.from({ length: 10_000 }, (_, i) => ({
      ...dataset.people[0]!,
      id: `p-${i}`,
      name: `Person ${String(i).padStart(5, '0')}`,
      aliases: [],
    }));
    many.index.people = people;
    many.index.personIndex = new Map(people.map((p, i) => [p.id, i]));
    many.index.personById = new Map(people.map((p) => [p.id, p]));
    render(<FilterBar index={many.index} filters={useFilterStore.getState().filters} />);
    const group = screen.getByRole('group', { name: 'People' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(50);
    expect(within(group).getByText(/Showing the first 50; type to narrow\./)).toBeInTheDocument();
  });
});
