import type { DeckTools } from '../components/deck-tools';
import type { DatasetIndex } from '../model/dataset-index';
import { sourceLine } from '../model/describe';
import type { ExportChart } from '../features/export/chart-svg';
import { VIEW_REGISTRY } from './view-registry';
import { VIEW_TITLES } from './view-titles';

/** A view that has a chart builder: every chart of VIEW_TITLES (the map too, once listed). */
const isChart = (id: string): id is ExportChart => Object.hasOwn(VIEW_TITLES, id);

/**
 * The views a deck slide can show: every registry view that is a slide and has a picture
 * for the exports (a chart builder, or the timeline's own).
 */
export const DECK_VIEWS = VIEW_REGISTRY.filter(
  (v) => v.slide && (isChart(v.id) || v.id === 'timeline'),
).map((v) => ({ id: v.id, title: v.title }));

/** The deck panel's tools for a dataset; the drawing and export code loads on first use. */
export function makeDeckTools(index: DatasetIndex): DeckTools {
  const slides = () => import('../features/export/deck-slide-svg');
  return {
    views: DECK_VIEWS,
    slideSvg: async (slide, number) => {
      const m = await slides();
      const words = {
        datasetTitle: index.dataset.meta.title,
        title: slide.title,
        caption: slide.caption,
        sourceLine: sourceLine(index),
        number,
      };
      return m.deckSlideSvg(words, m.slideChartSvg(isChart)(slide, index));
    },
    exportDeck: async (format, deck, onProgress) => {
      const [m, { exportDeck }] = await Promise.all([
        slides(),
        import('../features/export/deck-export'),
      ]);
      return exportDeck(format, {
        deck,
        index,
        chart: m.slideChartSvg(isChart),
        datasetTitle: index.dataset.meta.title,
        sourceLine: sourceLine(index),
        onProgress,
      });
    },
    download: (blob, fileName) => {
      void import('../features/export/download').then((m) => m.downloadBlob(blob, fileName));
    },
  };
}
