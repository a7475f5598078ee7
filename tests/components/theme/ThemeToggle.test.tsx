import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ThemeToggle } from '../../../src/features/theme/ThemeToggle';

describe('ThemeToggle', () => {
  it('names the theme it switches to, in each state', async () => {
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: /Dark theme/ });
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(button).toHaveAccessibleName(/Light theme/);
    expect(screen.queryByRole('button', { name: /Dark theme/ })).toBeNull();
    await userEvent.click(button);
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(button).toHaveAccessibleName(/Dark theme/);
  });
});
