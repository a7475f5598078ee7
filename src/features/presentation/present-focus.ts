/**
 * Leaving presentation mode unmounts the deck and mounts the dashboard afresh, so focus would
 * fall to the page body. The deck marks its exit here and the Present button, mounting again,
 * takes focus back: where a keyboard user pressed it.
 */
let returnFocus = false;

export const markPresentationLeft = () => {
  returnFocus = true;
};

/** True once after the deck has closed. */
export function takeReturnFocus(): boolean {
  const take = returnFocus;
  returnFocus = false;
  return take;
}
