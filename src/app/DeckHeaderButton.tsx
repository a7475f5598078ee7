import { useMemo } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import type { Deck } from '../model/deck';
import type { Filters } from '../model/filters';
import { DeckButton } from '../features/deck/DeckButton';
import { CurateHeader } from './CurateHeader';
import { makeDeckTools } from './deck-tools';

/**
 * The header's deck button with the app's deck tools, and the Curate button with the working
 * copy's marker: loaded after the first paint.
 */
export function DeckHeaderButton(props: {
  index: DatasetIndex;
  filters: Filters;
  onPresent: (deck: Deck) => void;
}) {
  const tools = useMemo(() => makeDeckTools(props.index), [props.index]);
  return (
    <>
      <DeckButton {...props} tools={tools} />
      <CurateHeader index={props.index} />
    </>
  );
}
