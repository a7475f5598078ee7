import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewPropsOf } from '../../support/views';

const viewProps = viewPropsOf('visit-frequency');

beforeEach(() => {
  resetFilterStore();
});

/** The baked bars: one rect per non-empty bar segment, in the baked SVG. */
const bakedBars = (root: ParentNode) =>
  root.querySelectorAll('.visits-baked rect[height]:not([height="0"])');

describe('the visit chart before and after it is reached', () => {
  it('draws the baked bars, axis and years without Recharts until reached', () => {
    const { container } = render(<VisitFrequency {...viewProps()} />);
    const baked = screen.getByRole('img', { name: /Trips per year/ });
    expect(baked).toHaveAttribute('tabindex', '0');
    expect(bakedBars(container).length).toBeGreaterThan(0);
    // The fixture's years 2020–2024 label the axis; the ticks are whole numbers.
    const years = [...container.querySelectorAll('.visits-baked-year')].map((y) => y.textContent);
    expect(years).toEqual(['2020', '2021', '2022', '2023', '2024']);
    const ticks = [...container.querySelectorAll('.visits-baked-tick-label')].map(
      (t) => t.textContent,
    );
    expect(ticks).toEqual(['0', '1', '2']);
    expect(container.querySelector('.recharts-surface')).toBeNull();
  });

  it('fades the baked bars of years outside the filters, as the live chart does', () => {
    const { container } = render(<VisitFrequency {...viewProps({ from: 2022, to: 2022 })} />);
    const opacities = [...bakedBars(container)].map((r) => r.getAttribute('fill-opacity'));
    expect(opacities).toContain('1');
    expect(opacities).toContain('0.3');
  });

  it('becomes the live chart when focused, and moves the focus into it', async () => {
    const { container } = render(<VisitFrequency {...viewProps()} />);
    act(() => screen.getByRole('img', { name: /Trips per year/ }).focus());
    await waitFor(() => expect(container.querySelector('.recharts-bar-rectangle')).not.toBeNull(), {
      timeout: 15_000,
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(container.querySelector('.recharts-surface')),
    );
    expect(screen.queryByRole('img', { name: /Trips per year/ })).toBeNull();
  });

  it('becomes the live chart when the pointer reaches it', async () => {
    const { container } = render(<VisitFrequency {...viewProps()} />);
    fireEvent.pointerEnter(screen.getByRole('img', { name: /Trips per year/ }));
    await waitFor(() => expect(container.querySelector('.recharts-bar-rectangle')).not.toBeNull(), {
      timeout: 15_000,
    });
  });

  it('draws the live chart at once on a slide, sized for the projector', async () => {
    const { container } = render(<VisitFrequency {...viewProps()} presentation />);
    await waitFor(() => expect(container.querySelector('.recharts-bar-rectangle')).not.toBeNull(), {
      timeout: 15_000,
    });
    expect(container.querySelector('.visits-chart')).not.toHaveAttribute('tabindex');
  });
});
