import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../../src/app/Dashboard';
import { Providers } from '../../../src/app/providers';
import { VIEW_REGISTRY } from '../../../src/app/view-registry';
import { loadFixture } from '../../support/dataset';

// The registry as the app ships it, plus one entry written as a new view would be.
vi.mock('../../../src/app/view-registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/app/view-registry')>();
  const { ADDED_VIEW } = await import('../../support/added-view');
  return { ...real, VIEW_REGISTRY: [...real.VIEW_REGISTRY, ADDED_VIEW] };
});

describe('the view registry', () => {
  it('holds every view once, each under a title of its own', () => {
    const ids = VIEW_REGISTRY.map((v) => v.id);
    const titles = VIEW_REGISTRY.map((v) => v.title);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.every((t) => t.trim().length > 0)).toBe(true);
  });

  it('draws the dashboard grid from its panel views, in its order', async () => {
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    // Each view's code arrives on its own: wait until every panel has drawn.
    const shown = () =>
      [...document.querySelectorAll('.views-grid > section[aria-labelledby]')].map(
        (s) => s.querySelector('h2')?.textContent,
      );
    await waitFor(
      () => expect(shown()).toEqual(VIEW_REGISTRY.filter((v) => v.panel).map((v) => v.title)),
      { timeout: 15_000 },
    );
    // The added entry alone put a panel on the grid, under its title, with the filtered data.
    const added = screen.getByRole('region', { name: 'An added view' });
    expect(added).toHaveTextContent(/^An added view\d+ engagements? in the added view$/);
  });

  it('draws the slides from its slide views, in its order', async () => {
    window.history.replaceState(null, '', '/?present=1');
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Headline numbers' },
        // The map's basemap (a large JSON chunk) may still be parsing from the test before.
        { timeout: 5000 },
      ),
    ).toBeVisible();
    const slides = VIEW_REGISTRY.filter((v) => v.slide);
    expect(slides.map((v) => v.id)).toEqual([
      'headline',
      'visit-frequency',
      'where-they-meet',
      'cooperation-areas',
      'people-involved',
      'timeline',
      'added-view',
    ]);
    expect(screen.getByText(`1 / ${slides.length}`)).toBeInTheDocument();
  });

  it('opens the added view as a slide by its id, under its title', async () => {
    window.history.replaceState(null, '', '/?present=1&slide=added-view');
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'An added view' })).toBeVisible();
    const count = VIEW_REGISTRY.filter((v) => v.slide).length;
    expect(screen.getByText(`${count} / ${count}`)).toBeInTheDocument();
  });
});
