import { describe, expect, it } from 'vitest';
import { newEventId } from '../../../src/model/event-id';

describe('newEventId', () => {
  it('is the date and a slug of the title, in the record style', () => {
    expect(newEventId('2023-11-07', 'Bayramov meets Dačić in Belgrade', new Set())).toBe(
      '2023-11-07-bayramov-meets-dacic-in-belgrade',
    );
    expect(newEventId('2010-05', 'Tadić at the Heydar Aliyev Foundation', new Set())).toBe(
      '2010-05-tadic-at-the-heydar-aliyev-foundation',
    );
  });

  it('never returns a taken id', () => {
    const taken = new Set(['2023-11-07-talks', '2023-11-07-talks-2']);
    expect(newEventId('2023-11-07', 'Talks', taken)).toBe('2023-11-07-talks-3');
    const ids = new Set<string>();
    for (let i = 0; i < 20; i += 1) ids.add(newEventId('2024-01-01', 'Call', ids));
    expect(ids.size).toBe(20);
  });

  it('keeps the slug short, cut on a word, and names an untitled engagement', () => {
    const id = newEventId('2024-02-02', 'word '.repeat(30), new Set());
    expect(id.length).toBeLessThanOrEqual('2024-02-02-'.length + 48);
    expect(id.endsWith('-word')).toBe(true);
    expect(newEventId('2024-02-02', '—', new Set())).toBe('2024-02-02-engagement');
  });
});
