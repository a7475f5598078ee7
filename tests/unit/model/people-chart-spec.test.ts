import { describe, expect, it } from 'vitest';
import { DIM_OPACITY } from '../../../src/model/chart-spec';
import { OTHER_COUNTRY_COLOR, PAIR_COLORS } from '../../../src/model/colors';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { PEOPLE_TOP, peopleChartSpec, visibleRanking } from '../../../src/model/people-chart-spec';
import { loadFixture, viewProps } from '../../support/dataset';
import { longRanking } from '../../support/long-ranking';

const { index } = loadFixture();

describe('visibleRanking', () => {
  it('shows the top N plus any lower-ranked selected person, in rank order', () => {
    const { people } = computeDashboard(index, emptyFilters());
    const top = visibleRanking(people, [], 3);
    expect(top.map((r) => r.rank)).toEqual([1, 2, 3]);
    const last = people[people.length - 1]!;
    const withSel = visibleRanking(people, [last.personId], 3);
    expect(withSel.map((r) => r.rank)).toEqual([1, 2, 3, people.length]);
    expect(visibleRanking(people, [], null)).toHaveLength(people.length);
  });
});

describe('peopleChartSpec', () => {
  it('ranks everyone of the fixture with country colours, an axis and the notes', () => {
    const { data, filters } = viewProps();
    const spec = peopleChartSpec(index, data, filters, { title: 'People involved' });
    expect(spec.title).toBe('People involved');
    expect(spec.subtitle).toBe('Ranked by the engagements they took part in.');
    expect(spec.hint).toBe('Click a person to filter.');
    expect(spec.total).toBe(14);
    expect(spec.rows).toHaveLength(14);
    expect(spec.rows.slice(0, 3).map((r) => [r.rank, r.name, r.engagements, r.color])).toEqual([
      [1, 'Aleksandar Vučić', 7, PAIR_COLORS[1]],
      [2, 'Ilham Aliyev', 6, PAIR_COLORS[0]],
      [3, 'Jeyhun Bayramov', 6, PAIR_COLORS[0]],
    ]);
    expect(spec.rows.at(-1)).toMatchObject({ name: 'Rumen Radev', color: OTHER_COUNTRY_COLOR });
    expect(spec.rows.every((r) => !r.dimmed && !r.selected)).toBe(true);
    expect(spec.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(spec.axisMax).toBe(8);
    expect(spec.rows[0]!.ratio).toBe(7 / 8);
    expect(spec.legendTitle).toBe('Country:');
    expect(spec.legend.map((e) => [e.label, e.color, e.codes])).toEqual([
      ['Azerbaijan', PAIR_COLORS[0], ['AZ']],
      ['Serbia', PAIR_COLORS[1], ['RS']],
      ['Bulgaria', OTHER_COUNTRY_COLOR, ['BG']],
    ]);
    expect(spec.notes).toEqual(['Roles are the most recent the sources give.']);
    expect(spec.empty).toBeNull();
    expect(spec.expandable).toBe(false);
  });

  it('fades everyone but the selected people, and says so', () => {
    const { data, filters } = viewProps({ people: ['ivica-dacic'] });
    const spec = peopleChartSpec(index, data, filters, { title: 'People involved' });
    const dacic = spec.rows.find((r) => r.personId === 'ivica-dacic')!;
    expect(dacic).toMatchObject({ selected: true, dimmed: false });
    expect(spec.rows.filter((r) => r.dimmed)).toHaveLength(spec.rows.length - 1);
    expect(spec.notes).toContain('Selected people in full colour; the others are faded.');
    expect(DIM_OPACITY).toBeGreaterThan(0);
  });

  it('shows the top 15 of a long ranking, plus a selected person ranked lower', () => {
    const loaded = longRanking();
    const all = viewProps({}, loaded);
    expect(all.data.people).toHaveLength(39);
    const top = peopleChartSpec(loaded.index, all.data, all.filters, { title: 'People involved' });
    expect(top.rows).toHaveLength(PEOPLE_TOP);
    expect(top.notes[0]).toBe('Top 15 of 39 people.');
    expect(top.expandable).toBe(true);
    expect(
      peopleChartSpec(loaded.index, all.data, all.filters, {
        title: 'People involved',
        showAll: true,
      }).rows,
    ).toHaveLength(39);

    const last = all.data.people.at(-1)!;
    const picked = viewProps({ people: [last.personId] }, loaded);
    const spec = peopleChartSpec(loaded.index, picked.data, picked.filters, {
      title: 'People involved',
    });
    expect(spec.rows).toHaveLength(PEOPLE_TOP + 1);
    expect(spec.rows.at(-1)).toMatchObject({ rank: 39, selected: true, dimmed: false });
    expect(spec.notes[0]).toBe('Top 15 of 39 people, plus the selected person ranked lower.');
  });

  it('keeps a slide to the top 10, says so in the subtitle and invites no clicks', () => {
    const loaded = longRanking();
    const last = viewProps({}, loaded).data.people.at(-1)!;
    const { data, filters } = viewProps({ people: [last.personId] }, loaded);
    const spec = peopleChartSpec(loaded.index, data, filters, {
      title: 'People involved',
      presentation: true,
    });
    expect(spec.rows).toHaveLength(10);
    expect(spec.subtitle).toBe('Ranked by the engagements they took part in: the top 10 of 39.');
    expect(spec.hint).toBeNull();
    expect(spec.expandable).toBe(false);
    expect(spec.notes).toEqual([]);
    // The legend names only the colours drawn: the top 10 has no one from Bulgaria.
    expect(spec.legend.map((e) => e.key)).toEqual(['AZ', 'RS']);
  });

  it('has words for an empty ranking', () => {
    const { data, filters } = viewProps({ q: 'no engagement says this' });
    const spec = peopleChartSpec(index, data, filters, { title: 'People involved' });
    expect(spec.rows).toEqual([]);
    expect(spec.legend).toEqual([]);
    expect(spec.empty).toBe('Nobody matches these filters.');
  });
});
