import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActiveFilters } from '../../../src/features/filters/ActiveFilters';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();

function Chips() {
  const filters = useFilterStore((s) => s.filters);
  return <ActiveFilters index={index} filters={filters} />;
}

const store = () => useFilterStore.getState().filters;
const set = (f: Partial<Filters>) =>
  useFilterStore.getState().setFilters({ ...emptyFilters(), ...f });

const ALL: Partial<Filters> = {
  sectors: ['energy'],
  from: 2022,
  to: 2024,
  directions: ['AZ-RS'],
  types: ['meeting'],
  people: ['ivica-dacic'],
  q: 'gas',
};

describe('ActiveFilters', () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('says that everything is shown when no filter is active', () => {
    render(<Chips />);
    expect(screen.getByText('Showing all engagements')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows one removable chip per active value, plus Reset all', () => {
    set(ALL);
    render(<Chips />);
    const group = screen.getByRole('group', { name: 'Active filters' });
    const names = within(group)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual([
      'Remove filter Sector: Energy',
      'Remove filter 2022–2024',
      'Remove filter Direction: Azerbaijan → Serbia',
      'Remove filter Type: Meeting',
      'Remove filter Person: Ivica Dačić',
      'Remove filter Search: “gas”',
      'Reset all',
    ]);
    expect(screen.getByRole('button', { name: 'Remove filter Sector: Energy' })).toHaveTextContent(
      'Sector: Energy✕',
    );
    expect(screen.queryByText('Showing all engagements')).not.toBeInTheDocument();
  });

  it.each([
    ['Remove filter Sector: Energy', { sectors: [] }],
    ['Remove filter 2022–2024', { from: null, to: null }],
    ['Remove filter Direction: Azerbaijan → Serbia', { directions: [] }],
    ['Remove filter Type: Meeting', { types: [] }],
    ['Remove filter Person: Ivica Dačić', { people: [] }],
    ['Remove filter Search: “gas”', { q: '' }],
  ] as const)('“%s” clears only that value', async (name, cleared) => {
    const user = userEvent.setup();
    set(ALL);
    render(<Chips />);
    await user.click(screen.getByRole('button', { name }));
    expect(store()).toEqual({ ...emptyFilters(), ...ALL, ...cleared });
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('removes one of several values of the same filter', async () => {
    const user = userEvent.setup();
    set({ sectors: ['energy', 'defence-industry'] });
    render(<Chips />);
    await user.click(screen.getByRole('button', { name: 'Remove filter Sector: Energy' }));
    expect(store().sectors).toEqual(['defence-industry']);
    // Focus moves to the chip that took its place, so keyboard users keep their spot.
    expect(
      screen.getByRole('button', { name: 'Remove filter Sector: Defence industry' }),
    ).toHaveFocus();
  });

  it('Reset all empties the store', async () => {
    const user = userEvent.setup();
    set(ALL);
    render(<Chips />);
    await user.click(screen.getByRole('button', { name: 'Reset all' }));
    expect(store()).toEqual(emptyFilters());
    expect(screen.getByText('Showing all engagements')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Active filters' })).toHaveFocus();
  });

  it('renders long and right-to-left search text as text', () => {
    const long = 'x'.repeat(10_000);
    set({ q: `${long} <b>مرحبا</b> 🇦🇿` });
    render(<Chips />);
    const chip = screen.getByRole('button', { name: /^Remove filter Search:/ });
    expect(chip.querySelector('b')).toBeNull();
    expect(chip).toHaveTextContent('<b>مرحبا</b> 🇦🇿');
  });
});
