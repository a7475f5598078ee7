import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextInput } from '../../../src/features/curate/inputs';

const field = (evidence: Parameters<typeof TextInput>[0]['evidence']) =>
  render(
    <TextInput
      label="Multilateral event"
      value=""
      errors={[]}
      evidence={evidence}
      onChange={() => {}}
    />,
  );

describe('a drafted field', () => {
  it('is described by its evidence: the words quoted, how sure, and why', () => {
    field({
      evidence: [{ quote: 'on the sidelines of', confidence: 'high', note: 'A summit abroad.' }],
      needsReview: false,
    });
    expect(screen.getByLabelText('Multilateral event')).toHaveAccessibleDescription(
      /^on the sidelines of high confidence\s*· A summit abroad\.$/,
    );
  });

  it('says when the article settles nothing', () => {
    field({ evidence: [], needsReview: true });
    expect(screen.getByLabelText('Multilateral event')).toHaveAccessibleDescription(
      'Needs review: the article does not settle it.',
    );
  });

  it('settled with nothing to quote, it has no empty evidence box', () => {
    const { container } = field({ evidence: [], needsReview: false });
    expect(screen.getByLabelText('Multilateral event')).not.toHaveAttribute('aria-describedby');
    expect(container.textContent).toBe('Multilateral event');
  });
});
