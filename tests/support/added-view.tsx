import type { ViewEntry } from '../../src/app/view-registry';
import { Panel } from '../../src/components/Panel';
import type { ViewProps } from '../../src/components/view-props';
import { engagementCount } from '../../src/model/events-view';

/** A view as a new feature folder would write it: a component taking `ViewProps`. */
function AddedView({ title, data }: ViewProps) {
  return (
    <Panel id="added-view" title={title}>
      <p>{engagementCount(data.headline.engagements)} in the added view</p>
    </Panel>
  );
}

/** Its one registry entry: nothing else in the app is edited. */
export const ADDED_VIEW: ViewEntry = {
  id: 'added-view',
  title: 'An added view',
  panel: (p) => <AddedView {...p} />,
  slide: (p) => <AddedView {...p} presentation />,
};
