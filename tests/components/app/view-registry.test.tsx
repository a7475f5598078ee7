import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../../src/app/Dashboard';
import { Providers } from '../../../src/app/providers';
import { VIEW_REGISTRY } from '../../../src/app/view-registry';
import { VIEW_TITLES } from '../../../src/model/views';
import { loadFixture } from '../../support/dataset';

describe('the view registry', () => {
  it('holds every view once, under its one title', () => {
    expect(VIEW_REGISTRY.map((v) => v.id).sort()).toEqual(Object.keys(VIEW_TITLES).sort());
    for (const v of VIEW_REGISTRY) expect(v.title).toBe(VIEW_TITLES[v.id]);
  });

  it('draws the dashboard grid from its panel views, in its order', async () => {
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    await screen.findByRole('region', { name: 'Visit frequency' }, { timeout: 15_000 });
    const shown = [...document.querySelectorAll('.views-grid > section[aria-labelledby]')].map(
      (s) => s.querySelector('h2')?.textContent,
    );
    expect(shown).toEqual(VIEW_REGISTRY.filter((v) => v.panel).map((v) => v.title));
  });

  it('draws the slides from its slide views, in its order', async () => {
    window.history.replaceState(null, '', '/?present=1');
    render(
      <Providers>
        <Dashboard loaded={loadFixture()} />
      </Providers>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Headline numbers' }),
    ).toBeVisible();
    const slides = VIEW_REGISTRY.filter((v) => v.slide);
    expect(slides.map((v) => v.id)).toEqual([
      'headline',
      'visit-frequency',
      'cooperation-areas',
      'people-involved',
      'timeline',
    ]);
    expect(screen.getByText(`1 / ${slides.length}`)).toBeInTheDocument();
  });
});
