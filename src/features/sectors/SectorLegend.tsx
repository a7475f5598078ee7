import type { SectorChartSpec, SectorLegendEntry } from '../../model/sector-chart-spec';

function LegendSwatch({ entry }: { entry: SectorLegendEntry }) {
  // "None" is the empty-cell fill (a theme colour), drawn by the stylesheet.
  if (entry.pattern === 'empty')
    return <span className="sectors-legend-swatch is-empty">{entry.label}</span>;
  return (
    <span
      className="sectors-legend-swatch"
      style={{ background: entry.paint?.fillVar, color: entry.paint?.textVar }}
    >
      {entry.label}
    </span>
  );
}

/** The shade key: what count each shade stands for. */
export function SectorLegend({ spec }: { spec: SectorChartSpec }) {
  if (spec.legend.length === 0) return null;
  return (
    <div className="sectors-legend">
      <span className="sectors-legend-title">{spec.legendTitle}</span>
      <ul aria-label="Shade key">
        {spec.legend.map((entry) => (
          <li key={entry.key}>
            <LegendSwatch entry={entry} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The legend and the notes under the grid; the notes also describe the grid (`notesId`). How
 * to operate it is said on screen only.
 */
export function SectorFoot({ spec, notesId }: { spec: SectorChartSpec; notesId: string }) {
  return (
    <div className="sectors-foot">
      <SectorLegend spec={spec} />
      <div id={notesId} className="sectors-hint">
        {spec.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        {spec.keysHint ? <p className="no-print sectors-keys-hint">{spec.keysHint}</p> : null}
      </div>
    </div>
  );
}
