import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';

export function SectorHeatmap(_props: ViewProps) {
  return (
    <Panel id="SectorHeatmap" title="SectorHeatmap">
      <p>Coming soon</p>
    </Panel>
  );
}
