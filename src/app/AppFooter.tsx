import { memo } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { lazyPart } from './lazy-view';

// Static text at the foot of the page: baked, and its code follows the first paint.
const AboutData = lazyPart(
  () => import('../features/about/AboutData').then((m) => m.AboutData),
  () => null,
  '#about-data',
);

// The list of sources, likewise: at the very foot of the page, so it hydrates last.
const SourcesList = lazyPart(
  () => import('./SourcesList').then((m) => m.SourcesList),
  () => null,
  '.sources',
);

/** About this data, the sources and the attribution; drawn again only for a new dataset. */
export const AppFooter = memo(function AppFooter({ index }: { index: DatasetIndex }) {
  return (
    <footer className="app-footer">
      <AboutData index={index} />
      <SourcesList index={index} />
      <p>{index.dataset.meta.attribution}</p>
    </footer>
  );
});
