import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';

export function PeopleInvolved(_props: ViewProps) {
  return (
    <Panel id="PeopleInvolved" title="PeopleInvolved">
      <p>Coming soon</p>
    </Panel>
  );
}
