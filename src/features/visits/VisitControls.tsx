import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { VisitLegendEntry } from '../../model/visit-chart-spec';
import type { VisitMode } from '../../model/visits-view';
import { Swatch } from './VisitTooltip';

const MODE_OPTIONS = [
  { value: 'direction', label: 'By direction' },
  { value: 'level', label: 'By level' },
] as const satisfies readonly SegmentOption<VisitMode>[];

/** How the trips stack is split: by who travelled, or by level. */
export function VisitModeSwitch({
  mode,
  onChange,
}: {
  mode: VisitMode;
  onChange: (mode: VisitMode) => void;
}) {
  return (
    <SegmentedControl
      className="visits-switch"
      label="Split trips by"
      options={MODE_OPTIONS}
      value={mode}
      onChange={onChange}
    />
  );
}

interface ContactsToggleProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function CheckToggle({ id, checked, onChange, label }: ContactsToggleProps & { label: string }) {
  return (
    <div className="visits-contacts-toggle no-print">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Shows or hides the bar of contacts without travel. */
export const ContactsToggle = (p: ContactsToggleProps) => (
  <CheckToggle {...p} label="Show contacts without travel" />
);

/** Shows or hides the milestone markers (kept in the URL as `milestones=0`). */
export const MilestonesToggle = (p: ContactsToggleProps) => (
  <CheckToggle {...p} label="Milestones" />
);

/** The spec's legend; the keys a filter leaves out are muted. */
export function VisitLegend({ entries }: { entries: readonly VisitLegendEntry[] }) {
  return (
    <ul className="visits-legend chart-legend" aria-label="Legend">
      {entries.map((e) => (
        <li key={e.key} className={e.dimmed ? 'is-dimmed' : undefined}>
          <Swatch color={e.color} hatch={e.pattern === 'hatch'} />
          <span dir="auto">{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
