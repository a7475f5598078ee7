import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { HeadlineStrip } from '../../../src/features/summary/HeadlineStrip';
import { emptyFilters } from '../../../src/model/filters';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { viewProps } from '../../support/dataset';

const sectorsCard = () => screen.getByText(/^Sectors/).closest('[data-stat]')!;

beforeEach(() => {
  resetFilterStore();
});

describe('HeadlineStrip', () => {
  it('says "Sectors" without a sector filter', () => {
    render(<HeadlineStrip headline={viewProps().data.headline} />);
    expect(sectorsCard()).toHaveTextContent(/^Sectors\d+$/);
  });

  it('says the number counts the sectors of the engagements shown under a sector filter', () => {
    const { data } = viewProps({ sectors: ['energy'] });
    act(() => useFilterStore.getState().setFilters({ ...emptyFilters(), sectors: ['energy'] }));
    render(<HeadlineStrip headline={data.headline} />);
    expect(sectorsCard().querySelector('dt')).toHaveTextContent('Sectors these engagements cover');
    expect(sectorsCard().querySelector('dd')).toHaveTextContent(String(data.headline.sectors));
    expect(data.headline.sectors).toBeGreaterThan(1);
  });
});
