import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ChartPlaceholder } from './ChartPlaceholder';
import { nearScreen } from './hydration-gate';

const STARTS: (() => unknown)[] = [];

/**
 * Starts downloading every lazy part's code now, in parallel with the dataset, rather than when
 * each is first drawn. The browser's entry calls it at once; tests and the build do not, so
 * nothing loads behind their backs.
 */
export function preloadLazyParts(): void {
  for (const start of STARTS) start();
}

/**
 * A part of the page (a view, the filter bar) whose code arrives after the first paint, in its
 * own chunk (the download starts with `preloadLazyParts`, or when the part is first drawn). On
 * the baked page React keeps the baked HTML of the part until its code is there, then hydrates
 * it on its own (a click on it first hydrates it at once and is replayed), so no single task
 * hydrates the whole page. Rendered from scratch (a shared link), `placeholder` holds its place
 * meanwhile.
 *
 * Its styles must come with the first paint (imported where this is called), or the baked
 * part would reflow when they load.
 *
 * `bakedAt`, a selector for the part's baked element, holds a part below the fold back from
 * hydrating until it nears the screen (see hydration-gate.ts); its code still downloads.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: (props: P) => ReactNode,
  bakedAt?: string,
) {
  let module: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (module ??= bakedAt
      ? Promise.all([load(), nearScreen(bakedAt)]).then(([component]) => component)
      : load());
  STARTS.push(start);
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={placeholder(props)}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/** `lazyPart` for a dashboard view: its place is held by a panel under its title. */
export const lazyView = <P extends { title: string }>(
  load: () => Promise<ComponentType<P>>,
  bakedAt?: string,
) => lazyPart(load, (props: P) => <ChartPlaceholder title={props.title} />, bakedAt);
