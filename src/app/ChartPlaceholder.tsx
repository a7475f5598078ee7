/** Holds a chart's place while its code loads, at the size the chart will have. */
export function ChartPlaceholder({ title }: { title: string }) {
  return (
    <div className="panel chart-placeholder" aria-busy="true">
      <p className="panel-title" aria-hidden="true">
        {title}
      </p>
      <p className="visually-hidden" role="status">
        Loading the {title} chart…
      </p>
    </div>
  );
}
