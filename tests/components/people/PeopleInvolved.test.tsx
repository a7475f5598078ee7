import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PeopleInvolved } from '../../../src/features/people/PeopleInvolved';
import { ChartExportMenu } from '../../../src/features/export/ChartExportMenu';
import { loadDataset } from '../../../src/state/load-dataset';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { fixtureJson } from '../../support/dataset';
import { viewPropsOf } from '../../support/views';
import { longRanking } from '../../support/long-ranking';

const viewProps = viewPropsOf('people-involved');

function rankingButtons() {
  const list = screen.getByRole('list', { name: 'People by engagements' });
  return within(list).getAllByRole('button');
}

describe('PeopleInvolved', { timeout: 20_000 }, () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('ranks people by engagements, as the model counts them, each with a role and a country', () => {
    const props = viewProps();
    render(<PeopleInvolved {...props} />);
    expect(screen.getByRole('heading', { level: 2, name: 'People involved' })).toBeInTheDocument();

    const buttons = rankingButtons();
    expect(buttons).toHaveLength(props.data.people.length);
    // The model ranks Vučić first (7), then Aliyev and Bayramov tied at 6 (by name).
    expect(props.data.people.slice(0, 3).map((p) => [p.name, p.engagements])).toEqual([
      ['Aleksandar Vučić', 7],
      ['Ilham Aliyev', 6],
      ['Jeyhun Bayramov', 6],
    ]);
    const [first, second, third] = buttons;
    expect(first).toHaveAccessibleName(/^Aleksandar Vučić RS, President of Serbia, 7 engagements$/);
    expect(second).toHaveAccessibleName(/^Ilham Aliyev AZ,/);
    expect(third).toHaveAccessibleName(/^Jeyhun Bayramov AZ,/);
    expect(within(first!).getByText('President of Serbia')).toBeInTheDocument();
    expect(within(first!).getByText('RS')).toBeInTheDocument();
    expect(within(first!).getByText('7')).toBeInTheDocument();
    expect(
      within(third!).getByText('Minister of Foreign Affairs of Azerbaijan'),
    ).toBeInTheDocument();
    expect(within(third!).getByText('AZ')).toBeInTheDocument();
    for (const b of buttons) expect(b).toHaveAttribute('aria-pressed', 'false');

    // The legend names the country colours; the grey key names the countries it stands for.
    const legend = screen.getByRole('list', { name: /bar colour/i });
    expect(within(legend).getByText(/Azerbaijan/)).toBeInTheDocument();
    expect(within(legend).getByText(/Serbia/)).toBeInTheDocument();
    expect(within(legend).getByText('Bulgaria')).toBeInTheDocument();
    expect(screen.getByText(/Select a person/)).toBeInTheDocument();
  });

  it('toggles the person filter when a person is clicked', async () => {
    const user = userEvent.setup();
    render(<PeopleInvolved {...viewProps()} />);
    await user.click(screen.getByRole('button', { name: /^Ivica Dačić RS,/ }));
    expect(useFilterStore.getState().filters.people).toEqual(['ivica-dacic']);
  });

  it('shows the selected person’s card and keeps everyone else listed', async () => {
    const user = userEvent.setup();
    useFilterStore.setState({
      filters: { ...useFilterStore.getState().filters, people: ['ivica-dacic'] },
    });
    render(<PeopleInvolved {...viewProps({ people: ['ivica-dacic'] })} />);

    expect(rankingButtons()).toHaveLength(14);
    expect(screen.getByRole('button', { name: /^Ivica Dačić RS,/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: /^Aleksandar Vučić RS,/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    const card = screen.getByRole('article', { name: 'Ivica Dačić' });
    expect(within(card).getByText('Serbia')).toBeInTheDocument();
    expect(within(card).getByText('Also written: Ivitsa Dacic, Dačić')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'First Deputy Prime Minister and Minister of Foreign Affairs of Serbia',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText(/as of 7 Nov 2023/)).toBeInTheDocument();
    expect(within(card).getByText('3 engagements')).toBeInTheDocument();
    const items = within(card)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('time'));
    expect(items).toHaveLength(3);
    expect(
      within(card).getByText('Bayramov and Dačić review the strategic partnership'),
    ).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: /Close Ivica Dačić/ }));
    expect(useFilterStore.getState().filters.people).toEqual([]);
  });

  it('shows readers real spellings only: not "Vu?i?", not the name without its accents', () => {
    render(<PeopleInvolved {...viewProps({ people: ['aleksandar-vucic'] })} />);
    const card = screen.getByRole('article', { name: 'Aleksandar Vučić' });
    expect(within(card).getByText(/^Also written:/)).toHaveTextContent(/^Also written: Vučić$/);
    expect(card).not.toHaveTextContent(/\?|\uFFFD|Vucic/);
  });

  it('shows the top 15 of a long ranking, with a toggle for the rest', async () => {
    const user = userEvent.setup();
    const props = viewProps({}, longRanking());
    render(<PeopleInvolved {...props} />);
    expect(rankingButtons()).toHaveLength(15);
    await user.click(
      screen.getByRole('button', { name: `Show all ${props.data.people.length} people` }),
    );
    expect(rankingButtons()).toHaveLength(props.data.people.length);
    expect(screen.getByRole('button', { name: 'Show the top 15 only' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('renders hostile names as text', () => {
    const json = fixtureJson();
    json.people[0]!.name = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <PeopleInvolved {...viewProps({}, loadDataset(json, 'fixture'))} />,
    );
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('offers PNG and SVG downloads in its header', () => {
    const props = viewProps();
    render(
      <PeopleInvolved
        {...props}
        exports={<ChartExportMenu chart="people-involved" {...props} />}
      />,
    );
    const panel = screen.getByRole('region', { name: 'People involved' });
    expect(within(panel).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
  });

  describe('presentation', () => {
    it('shows the top 10 only, as plain rows with no controls', () => {
      const props = viewProps({}, longRanking());
      expect(props.data.people.length).toBeGreaterThan(15);
      render(
        <PeopleInvolved
          {...props}
          presentation
          exports={<ChartExportMenu chart="people-involved" {...props} />}
        />,
      );
      const panel = screen.getByRole('region', { name: 'People involved' });
      const list = within(panel).getByRole('list', { name: 'People by engagements' });
      const rows = within(list).getAllByRole('listitem');
      expect(rows).toHaveLength(10);
      expect(rows[0]).toHaveTextContent(/Aleksandar Vučić.*President of Serbia.*7/);
      expect(within(panel).queryAllByRole('button')).toHaveLength(0);
      expect(within(panel).queryByRole('button', { name: /Show all/ })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'View as table' })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'Download PNG' })).toBeNull();
      expect(within(panel).queryByText(/Select a person/)).toBeNull();
      expect(
        within(panel).getByText(
          `Ranked by the engagements they took part in: the top 10 of ${props.data.people.length}.`,
        ),
      ).toBeInTheDocument();
    });

    it('keeps to the top 10 when someone ranked lower is selected', () => {
      const loaded = longRanking();
      const last = viewProps({}, loaded).data.people.at(-1)!;
      const props = viewProps({ people: [last.personId] }, loaded);
      render(<PeopleInvolved {...props} presentation />);
      const list = screen.getByRole('list', { name: 'People by engagements' });
      expect(within(list).getAllByRole('listitem').length).toBeLessThanOrEqual(10);
      expect(screen.queryByRole('article')).toBeNull();
    });
  });
});
