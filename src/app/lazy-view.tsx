import { lazy, Suspense, type ComponentType } from 'react';
import { ChartPlaceholder } from './ChartPlaceholder';

/**
 * A view whose code arrives after the first paint, in its own chunk. The download starts as
 * soon as this runs, in parallel with the dataset's. On the baked page React keeps the baked
 * HTML of the view until its code is there, then hydrates it on its own (a click on it first
 * hydrates it at once and is replayed), so no single task hydrates every view. Rendered from
 * scratch (a shared link), the view's place is held at its size meanwhile.
 *
 * Its styles must come with the first paint (imported where this is called), or the baked
 * view would reflow when they load.
 */
export function lazyView<P extends { title: string }>(load: () => Promise<ComponentType<P>>) {
  const module = load();
  const Lazy = lazy(() => module.then((component) => ({ default: component })));
  return function LazyView(props: P) {
    return (
      <Suspense fallback={<ChartPlaceholder title={props.title} />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
