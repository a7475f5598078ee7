import type { ViewProps } from '../../src/components/view-props';
import { VIEW_REGISTRY } from '../../src/app/view-registry';
import { viewProps } from './dataset';

/** A view's title as its registry entry gives it, which is what the user reads. */
export function titleOf(id: string): string {
  const entry = VIEW_REGISTRY.find((v) => v.id === id);
  if (!entry) throw new Error(`No view "${id}" in the registry`);
  return entry.title;
}

/** `viewProps` for one view: the same props, with the title its registry entry passes. */
export function viewPropsOf(id: string) {
  const title = titleOf(id);
  return (...args: Parameters<typeof viewProps>): ViewProps => ({ ...viewProps(...args), title });
}
