import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  Presentation,
  type PresentationSlide,
} from '../../../src/features/presentation/Presentation';
import { PresentButton } from '../../../src/features/presentation/PresentButton';
import { resetFilterStore } from '../../../src/state/filter-store';

const slides: PresentationSlide[] = [
  { id: 'alpha', title: 'Alpha numbers', render: () => <p>Alpha body</p> },
  { id: 'beta-chart', title: 'Beta chart', render: () => <p>Beta body</p> },
  { id: 'gamma', title: 'Gamma list', render: () => <p>Gamma body</p> },
];

function show(onExit = vi.fn()) {
  render(
    <Presentation
      slides={slides}
      caption="Sector: Energy"
      sourceLine="Source: Trend · 9 sources · 2020–2024 · Test dataset v1.0.0"
      datasetTitle="Azerbaijan–Serbia relations"
      onExit={onExit}
    />,
  );
  return onExit;
}

const title = () => screen.getByRole('heading', { level: 1 });
const search = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  resetFilterStore();
  window.history.replaceState(null, '', '/?sector=energy&present=1');
});

describe('Presentation', () => {
  it('opens on the first slide with its title, caption, source and position', () => {
    show();
    expect(title()).toHaveTextContent('Alpha numbers');
    expect(screen.getByText('Alpha body')).toBeInTheDocument();
    expect(screen.getByText('Sector: Energy')).toBeInTheDocument();
    expect(screen.getByText(/Source: Trend · 9 sources/)).toBeInTheDocument();
    expect(screen.getByText('1 / 3')).toBeInTheDocument();
    const slide = document.querySelector('[aria-roledescription="slide"]')!;
    expect(slide).toHaveAttribute('aria-label', '1 of 3: Alpha numbers');
    // The deck has focus, so the keys work at once.
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(search().get('slide')).toBe('alpha');
  });

  it('moves with the keyboard and keeps the slide in the URL next to the filters', async () => {
    const user = userEvent.setup();
    show();
    await user.keyboard('{ArrowRight}');
    expect(title()).toHaveTextContent('Beta chart');
    expect(screen.getByText('2 / 3')).toBeInTheDocument();
    expect(search().get('slide')).toBe('beta-chart');
    expect(search().get('sector')).toBe('energy');
    expect(search().get('present')).toBe('1');

    await user.keyboard('{PageUp}');
    expect(title()).toHaveTextContent('Alpha numbers');
    expect(search().get('slide')).toBe('alpha');

    await user.keyboard(' ');
    expect(title()).toHaveTextContent('Beta chart');
    await user.keyboard('{PageDown}');
    expect(title()).toHaveTextContent('Gamma list');
    // Past the end stays on the last slide.
    await user.keyboard('{ArrowRight}');
    expect(title()).toHaveTextContent('Gamma list');
    await user.keyboard('{Shift>} {/Shift}');
    expect(title()).toHaveTextContent('Beta chart');
    await user.keyboard('{ArrowLeft}');
    expect(title()).toHaveTextContent('Alpha numbers');
    await user.keyboard('{End}');
    expect(title()).toHaveTextContent('Gamma list');
    await user.keyboard('{Home}');
    expect(title()).toHaveTextContent('Alpha numbers');
  });

  it('leaves on Esc', async () => {
    const user = userEvent.setup();
    const onExit = show();
    await user.keyboard('{Escape}');
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('opens the slide named in the URL, by id or by number', () => {
    window.history.replaceState(null, '', '/?present=1&slide=gamma');
    show();
    expect(title()).toHaveTextContent('Gamma list');
    expect(screen.getByText('3 / 3')).toBeInTheDocument();
  });

  it('maps a slide number to its id, and junk to the first slide', () => {
    window.history.replaceState(null, '', '/?present=1&slide=2&person=ilham-aliyev');
    const { unmount } = render(
      <Presentation slides={slides} caption="" sourceLine="" datasetTitle="" onExit={() => {}} />,
    );
    expect(title()).toHaveTextContent('Beta chart');
    expect(window.location.search).toBe('?person=ilham-aliyev&present=1&slide=beta-chart');
    unmount();
    window.history.replaceState(null, '', '/?present=1&slide=nope');
    show();
    expect(title()).toHaveTextContent('Alpha numbers');
  });

  it('has small labelled buttons for previous, next and exit', async () => {
    const user = userEvent.setup();
    const onExit = show();
    const nav = screen.getByRole('navigation', { name: 'Slides' });
    expect(within(nav).getByRole('button', { name: 'Previous slide' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Next slide' }));
    expect(title()).toHaveTextContent('Beta chart');
    // The controls stay put (and keep focus) while the slide changes.
    expect(within(nav).getByRole('button', { name: 'Next slide' })).toHaveFocus();
    // Space on a focused button presses it once; it does not also move the deck.
    await user.keyboard(' ');
    expect(title()).toHaveTextContent('Gamma list');
    expect(within(nav).getByRole('button', { name: 'Next slide' })).toBeDisabled();
    await user.click(within(nav).getByRole('button', { name: 'Exit presentation' }));
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('announces the slide to screen readers', async () => {
    const user = userEvent.setup();
    show();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Slide 2 of 3: Beta chart')).toHaveAttribute('aria-live', 'polite');
  });
});

describe('PresentButton', () => {
  it('is a labelled button that starts the presentation', async () => {
    const user = userEvent.setup();
    const onPresent = vi.fn();
    render(<PresentButton onPresent={onPresent} />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(onPresent).toHaveBeenCalledTimes(1);
  });
});

/** The dashboard's switch between the page (with its Present button) and the deck. */
function DeckSwitch() {
  const [present, setPresent] = useState(false);
  return present ? (
    <Presentation
      slides={slides}
      caption="All engagements"
      sourceLine="Source: Trend"
      datasetTitle="Azerbaijan–Serbia relations"
      onExit={() => setPresent(false)}
    />
  ) : (
    <header>
      <button type="button">Open dataset…</button>
      <PresentButton onPresent={() => setPresent(true)} />
    </header>
  );
}

describe('leaving the deck', () => {
  it('gives focus back to the Present button on Esc, not to the page body', async () => {
    const user = userEvent.setup();
    render(<DeckSwitch />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(title()).toHaveTextContent('Alpha numbers');
    await user.keyboard('{Escape}');
    const present = screen.getByRole('button', { name: 'Present' });
    expect(present).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });

  it('gives focus back to the Present button after the exit button too', async () => {
    const user = userEvent.setup();
    render(<DeckSwitch />);
    await user.click(screen.getByRole('button', { name: 'Present' }));
    await user.click(screen.getByRole('button', { name: 'Exit presentation' }));
    expect(screen.getByRole('button', { name: 'Present' })).toHaveFocus();
  });
});
