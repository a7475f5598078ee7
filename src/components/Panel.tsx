import { useId, useState, type ReactNode } from 'react';
import './panel.css';
import { useClientValue } from './use-client-value';

interface PanelProps {
  /** Used for the section id (`view-<id>`), slide names and export file names. */
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** The view's own controls (toggles), shown in the header's toolbar before "View as table". */
  actions?: ReactNode;
  /** Export buttons, shown as a compact group at the end of the toolbar. */
  exports?: ReactNode;
  /** The chart. */
  children: ReactNode;
  /** The same numbers as a table; when given, a "View as table" toggle is shown. */
  table?: () => ReactNode;
  footer?: ReactNode;
  /** Presentation mode: no toolbar (controls, table toggle, exports); always the chart. */
  presentation?: boolean;
}

/** A named region with a visible heading: every dashboard view is one. */
export function Panel({
  id,
  title,
  subtitle,
  actions,
  exports,
  children,
  table,
  footer,
  presentation = false,
}: PanelProps) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  // Marks the panel once React runs it: a baked panel below the fold stays plain HTML until
  // it nears the screen (src/app/hydration-gate.ts), and browser tests wait for the mark.
  const live = useClientValue(() => true, false);
  const showTable = asTable && table !== undefined && !presentation;
  const hasToolbar = !presentation && (Boolean(actions) || Boolean(exports) || table !== undefined);
  return (
    <section
      className="panel"
      id={`view-${id}`}
      aria-labelledby={headingId}
      data-view={id}
      data-live={live ? '' : undefined}
    >
      <div className="panel-head spread-row">
        <div className="panel-heading">
          <h2 className="panel-title" id={headingId}>
            {title}
          </h2>
          {subtitle ? <p className="panel-subtitle">{subtitle}</p> : null}
        </div>
        {hasToolbar ? (
          <div className="panel-actions">
            {actions || table ? (
              <div className="panel-controls">
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
            ) : null}
            {exports ? <div className="panel-exports">{exports}</div> : null}
          </div>
        ) : null}
      </div>
      {showTable ? <div className="table-scroll">{table()}</div> : children}
      {footer ? <div className="panel-foot">{footer}</div> : null}
    </section>
  );
}
