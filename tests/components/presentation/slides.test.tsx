import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  Presentation,
  type PresentationSlide,
} from '../../../src/features/presentation/Presentation';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import { SectorHeatmap } from '../../../src/features/sectors/SectorHeatmap';
import { PeopleInvolved } from '../../../src/features/people/PeopleInvolved';
import { ChartExportMenu } from '../../../src/features/export/ChartExportMenu';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewPropsOf } from '../../support/views';

/** The chart slides as the app composes them, export buttons offered as on the dashboard. */
function chartSlides(): PresentationSlide[] {
  const slide = (id: string) => {
    const props = viewPropsOf(id)();
    return { props, p: { ...props, presentation: true } };
  };
  const visits = slide('visit-frequency');
  const sectors = slide('cooperation-areas');
  const people = slide('people-involved');
  return [
    {
      id: 'visit-frequency',
      title: 'Visit frequency',
      render: () => (
        <VisitFrequency
          {...visits.p}
          exportsFor={(o) => (
            <ChartExportMenu chart="visit-frequency" {...visits.props} visitMode={o.visitMode} />
          )}
        />
      ),
    },
    {
      id: 'cooperation-areas',
      title: 'Cooperation by sector and year',
      render: () => (
        <SectorHeatmap
          {...sectors.p}
          exports={<ChartExportMenu chart="cooperation-areas" {...sectors.props} />}
        />
      ),
    },
    {
      id: 'people-involved',
      title: 'People involved',
      render: () => (
        <PeopleInvolved
          {...people.p}
          exports={<ChartExportMenu chart="people-involved" {...people.props} />}
        />
      ),
    },
  ];
}

function show(slide: string) {
  window.history.replaceState(null, '', `/?present=1&slide=${slide}`);
  render(
    <Presentation
      slides={chartSlides()}
      caption="All engagements"
      sourceLine="Source: test"
      datasetTitle="Azerbaijan–Serbia relations"
      onExit={() => {}}
    />,
  );
  return document.querySelector<HTMLElement>('.presentation-content')!;
}

describe('chart slides', () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it.each(['visit-frequency', 'cooperation-areas', 'people-involved'])(
    '%s: the view without any control; only the deck is operable',
    (id) => {
      const content = show(id);
      expect(within(content).getByRole('region')).toBeInTheDocument();
      expect(within(content).queryAllByRole('button')).toHaveLength(0);
      expect(within(content).queryAllByRole('checkbox')).toHaveLength(0);
      expect(within(content).queryByText('View as table')).toBeNull();
      expect(within(content).queryByText('PNG')).toBeNull();
      expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
        'Previous slide',
        'Next slide',
        'Exit presentation',
      ]);
    },
  );

  it('people: at most the top 10', () => {
    const content = show('people-involved');
    const list = within(content).getByRole('list', { name: 'People by engagements' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
  });

  it.each(['visit-frequency', 'cooperation-areas', 'people-involved'])(
    '%s: no axe violations',
    async (id) => {
      const content = show(id);
      const results = await axe.run(content, {
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    },
  );
});
