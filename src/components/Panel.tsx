import { useId, useState, type ReactNode } from 'react';

interface PanelProps {
  /** Used for the section id (`view-<id>`), slide names and export file names. */
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** Extra controls shown in the header (toggles, export buttons). */
  actions?: ReactNode;
  /** The chart. */
  children: ReactNode;
  /** The same numbers as a table; when given, a "View as table" toggle is shown. */
  table?: () => ReactNode;
  footer?: ReactNode;
}

/** A named region with a visible heading: every dashboard view is one. */
export function Panel({ id, title, subtitle, actions, children, table, footer }: PanelProps) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section className="panel" id={`view-${id}`} aria-labelledby={headingId} data-view={id}>
      <div className="panel-head">
        <div>
          <h2 className="panel-title" id={headingId}>
            {title}
          </h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
        </div>
        <div className="panel-actions">
          {actions}
          {table ? (
            <button
              type="button"
              className="btn"
              aria-pressed={asTable}
              onClick={() => setAsTable((v) => !v)}
            >
              {asTable ? 'View as chart' : 'View as table'}
            </button>
          ) : null}
        </div>
      </div>
      {asTable && table ? <div className="table-scroll">{table()}</div> : children}
      {footer ? <div className="panel-foot">{footer}</div> : null}
    </section>
  );
}
