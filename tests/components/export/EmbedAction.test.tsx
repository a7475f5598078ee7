import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmbedAction } from '../../../src/features/export/EmbedAction';
import { emptyFilters } from '../../../src/model/filters';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

function renderAction(filters = { ...emptyFilters(), sectors: ['energy'], from: 2020 }) {
  render(
    <EmbedAction
      view="visit-frequency"
      title="Visit frequency"
      filters={filters}
      visitMode="level"
      showContacts={false}
    />,
  );
}

describe('EmbedAction', () => {
  it('opens a readonly, labelled box with the snippet of the chart as shown', async () => {
    const user = userEvent.setup();
    renderAction();
    const button = screen.getByRole('button', { name: 'Embed' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const box = screen.getByRole('textbox', { name: /Paste this into your page/ });
    expect(box).toHaveProperty('readOnly', true);
    const snippet = (box as HTMLTextAreaElement).value;
    expect(snippet).toContain(
      `src="${window.location.origin}/embed.html?view=visit-frequency&amp;sector=energy&amp;from=2020&amp;mode=level&amp;contacts=0"`,
    );
    expect(snippet).toContain('title="Visit frequency"');
    // Focused on opening, ready to copy by hand.
    expect(document.activeElement).toBe(box);
  });

  it('copies the snippet and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderAction();
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const snippet = (screen.getByRole('textbox') as HTMLTextAreaElement).value;
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(snippet);
    expect(await screen.findByText('Copied')).toBeTruthy();
  });

  it('says when the clipboard refuses, pointing to the box', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => Promise.reject(new Error('denied')));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    renderAction();
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Copy failed: select the code/)).toBeTruthy();
  });

  it('closes with Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    renderAction();
    const button = screen.getByRole('button', { name: 'Embed' });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
