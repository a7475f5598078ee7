import { Fragment, useId, useMemo, useState } from 'react';
import { Panel } from '../../components/Panel';
import type { ViewProps } from '../../components/view-props';
import { visitChartSpec, type VisitChartSpec } from '../../model/visit-chart-spec';
import type { VisitMode } from '../../model/visits-view';
import { useFilterStore } from '../../state/filter-store';
import { useViewOptionsStore } from '../../state/view-options-store';
import { MilestoneKey } from '../../components/MilestoneKey';
import { useCompactBars } from './use-compact-bars';
import { useYearClick } from './use-year-click';
import { useYearKeys } from './use-year-keys';
import { VISIT_SIZES } from './visit-sizes';
import { VisitChartArea } from './VisitChartArea';
import { ContactsToggle, MilestonesToggle, VisitLegend, VisitModeSwitch } from './VisitControls';
import { VisitSummary } from './VisitSummary';
import { VisitTable } from './VisitTable';
import './visits.css';

/** The spec's notes as one paragraph; the direction-filter caveat stands out. */
function VisitNotes({ spec }: { spec: VisitChartSpec }) {
  return (
    <>
      {spec.notes.map((note, i) => (
        <Fragment key={note}>
          {i > 0 ? ' ' : null}
          {note === spec.filterNote ? <strong className="visits-note">{note}</strong> : note}
        </Fragment>
      ))}
    </>
  );
}

/** A slide's key names the milestones beside the chart: the legend needs no entry for them. */
const slideLegend = (spec: VisitChartSpec) => spec.legend.filter((e) => e.key !== 'milestones');

/** The split and the contacts toggle, kept by the view and passed on to its export. */
function useVisitOptions(initial: ViewProps['options']) {
  const [mode, setMode] = useState<VisitMode>(initial?.visitMode ?? 'direction');
  const [showContacts, setShowContacts] = useState(initial?.showContacts ?? true);
  const showMilestones = useViewOptionsStore((s) => s.showMilestones);
  const setShowMilestones = useViewOptionsStore((s) => s.setShowMilestones);
  return { mode, setMode, showContacts, setShowContacts, showMilestones, setShowMilestones };
}

export function VisitFrequency({
  index,
  data,
  filters,
  exports: exportButtons,
  exportsFor,
  presentation = false,
  title,
  options,
}: ViewProps) {
  const toggleYear = useFilterStore((s) => s.toggleYear);
  const visitOptions = useVisitOptions(options);
  const { mode, setMode, showContacts, setShowContacts, showMilestones } = visitOptions;
  const { compact, onResize } = useCompactBars(data.visits.length, !presentation);
  const yearKeys = useYearKeys(!presentation, toggleYear);
  const yearClick = useYearClick(!presentation, toggleYear);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const surface = presentation ? 'slide' : 'screen';
  const spec = useMemo(
    () =>
      visitChartSpec(index, data, filters, {
        title,
        mode,
        showContacts,
        stackContacts: compact,
        surface,
        showMilestones,
      }),
    [index, data, filters, title, mode, showContacts, compact, surface, showMilestones],
  );

  return (
    <Panel
      id="visit-frequency"
      title={spec.title}
      subtitle={spec.subtitle}
      actions={<VisitModeSwitch mode={mode} onChange={setMode} />}
      exports={
        exportsFor ? exportsFor({ visitMode: mode, showContacts, showMilestones }) : exportButtons
      }
      table={() => <VisitTable spec={spec} onToggleYear={toggleYear} />}
      footer={<VisitNotes spec={spec} />}
      presentation={presentation}
    >
      <div className="visits-body slide-column">
        <div className="visits-toolbar spread-row">
          <VisitLegend entries={presentation ? slideLegend(spec) : spec.legend} />
          {presentation ? null : (
            <div className="visits-toggles">
              <ContactsToggle
                id={`visits-contacts-${uid}`}
                checked={showContacts}
                onChange={setShowContacts}
              />
              <MilestonesToggle
                id={`visits-milestones-${uid}`}
                checked={showMilestones}
                onChange={visitOptions.setShowMilestones}
              />
            </div>
          )}
        </div>
        <VisitSummary spec={spec} filters={filters} showContacts={showContacts} />
        {/* On a slide the key stands beside the chart, which keeps the slide's height. */}
        <div className="visits-plot-row">
          <VisitChartArea
            spec={spec}
            size={VISIT_SIZES[surface]}
            presentation={presentation}
            hatchId={`visits-hatch-${uid}`}
            yearKeys={yearKeys}
            yearClick={yearClick}
            onResize={onResize}
          />
          <MilestoneKey milestones={spec.milestones} />
        </div>
      </div>
    </Panel>
  );
}
