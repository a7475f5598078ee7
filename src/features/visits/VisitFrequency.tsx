import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';

export function VisitFrequency(_props: ViewProps) {
  return (
    <Panel id="VisitFrequency" title="VisitFrequency">
      <p>Coming soon</p>
    </Panel>
  );
}
