import { memo } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { AboutData } from '../features/about/AboutData';
import { SourcesList } from './SourcesList';

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
