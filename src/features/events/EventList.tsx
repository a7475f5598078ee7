import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';

export function EventList(_props: ViewProps) {
  return (
    <Panel id="EventList" title="EventList">
      <p>Coming soon</p>
    </Panel>
  );
}
