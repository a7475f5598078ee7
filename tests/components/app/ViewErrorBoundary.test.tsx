import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../src/app/Dashboard';
import { Providers } from '../../../src/app/providers';
import { resetFilterStore } from '../../../src/state/filter-store';
import { loadFixture } from '../../support/dataset';

// One view that always throws: the rest of the page must keep working.
vi.mock('../../../src/features/people/PeopleInvolved', () => ({
  PeopleInvolved: () => {
    throw new Error('Simulated failure in the people view');
  },
}));

beforeEach(() => {
  resetFilterStore();
  window.history.replaceState(null, '', '/');
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('per-view error boundaries', () => {
  it('shows the failing view as an error card and keeps the other views', async () => {
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    // The view's code loads after the first paint: its failure shows once it has.
    const card = (await screen.findAllByRole('alert', {}, { timeout: 15_000 }))[0]!;
    expect(card).toHaveTextContent('The People involved view could not be shown');
    expect(card).toHaveTextContent('Simulated failure in the people view');
    expect(
      await screen.findByRole('region', { name: 'Visit frequency' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Cooperation by sector and year' }),
    ).toBeInTheDocument();
    const events = screen.getByRole('region', { name: 'Events' });
    expect(within(events).getByText(/16 engagements/)).toBeInTheDocument();
  });
});
