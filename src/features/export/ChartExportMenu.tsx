import type { DatasetIndex } from '../../model/dataset-index';
import type { Dashboard } from '../../model/dashboard';
import { exportFileName, visitFileVariant } from '../../model/file-names';
import type { Filters } from '../../model/filters';
import type { VisitMode } from '../../model/visits-view';
import type { ExportChart } from './chart-svg';
import { canCopyImages, copyImage, downloadBlob } from './download';
import { EmbedAction } from './EmbedAction';
import { CopyIcon, DownloadIcon } from './ExportIcons';
import { useStatus } from './use-status';
import { useClientValue } from '../../components/use-client-value';
import '../../components/status-toast.css';
import './export.css';

export interface ChartExportMenuProps {
  chart: ExportChart;
  /** The view's title, from its registry entry. */
  title: string;
  index: DatasetIndex;
  data: Dashboard;
  filters: Filters;
  /** Visit chart only: how trips are split (default: by direction). */
  visitMode?: VisitMode;
  /** Visit chart only: draw contacts without travel (default: yes). */
  showContacts?: boolean;
  /** Visit chart only: draw the milestone markers (default: yes). */
  showMilestones?: boolean;
}

/**
 * Download the chart as PNG or SVG, or copy it as an image: a finished, standalone picture
 * with title, filters in words, legend and source, built from the model (not the screen).
 */
/**
 * The picture of the chart as the menu's props describe it, and its file name. The SVG
 * builders and the rasteriser load on the first export, not with the page.
 */
function chartImage(p: ChartExportMenuProps) {
  const { chart, index, data, filters } = p;
  const mode = p.visitMode ?? 'direction';
  const showContacts = p.showContacts ?? true;
  const svg = async () => {
    const { chartSvg, chartSvgReady } = await import('./chart-svg');
    await chartSvgReady(chart);
    const showMilestones = p.showMilestones ?? true;
    return chartSvg(chart, index, data, filters, {
      title: p.title,
      mode,
      showContacts,
      showMilestones,
    });
  };
  const png = async () => {
    const [{ svg: text, width, height }, { svgToPngBlob }] = await Promise.all([
      svg(),
      import('./raster'),
    ]);
    return svgToPngBlob(text, width, height);
  };
  // The split and the hidden contacts change the picture: two exports must not share a name.
  const variant = chart === 'visit-frequency' ? visitFileVariant(data, { mode, showContacts }) : [];
  const fileName = (ext: string) => exportFileName(index, filters, chart, ext, variant);
  return { svg, png, fileName };
}

export function ChartExportMenu(props: ChartExportMenuProps) {
  const { title } = props;
  const [status, announce] = useStatus();
  // Baked as offered (most browsers can); withdrawn after hydration where they cannot.
  const canCopy = useClientValue(canCopyImages, true);
  const { svg: build, png, fileName } = chartImage(props);

  const onSvg = async () => {
    try {
      const { svg } = await build();
      downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName('svg'));
    } catch {
      announce('SVG export failed');
    }
  };

  const onPng = async () => {
    try {
      downloadBlob(await png(), fileName('png'));
    } catch {
      announce('PNG export failed');
    }
  };

  const onCopy = async () => {
    // The promise goes to the clipboard at once: Safari wants the write to start in the click.
    const ok = await copyImage(png());
    announce(ok ? 'Copied' : 'Copy failed');
  };

  return (
    <div className="export-menu" role="group" aria-label={`Export ${title}`}>
      <button
        type="button"
        className="btn export-btn"
        aria-label="Download PNG"
        title={`Download “${title}” as a PNG image`}
        onClick={() => void onPng()}
      >
        <DownloadIcon />
        PNG
      </button>
      <button
        type="button"
        className="btn export-btn"
        aria-label="Download SVG"
        title={`Download “${title}” as an SVG (vector) image`}
        onClick={() => void onSvg()}
      >
        <DownloadIcon />
        SVG
      </button>
      {canCopy ? (
        <button
          type="button"
          className="btn export-btn"
          aria-label="Copy image"
          title={`Copy “${title}” to the clipboard as an image`}
          onClick={() => void onCopy()}
        >
          <CopyIcon />
          Copy
        </button>
      ) : null}
      <EmbedAction
        view={props.chart}
        title={title}
        filters={props.filters}
        visitMode={props.visitMode ?? 'direction'}
        showContacts={props.showContacts ?? true}
      />
      <span className="status-toast export-status" role="status">
        {status}
      </span>
    </div>
  );
}
