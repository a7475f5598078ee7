import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { copyText } from '../../lib/clipboard';
import type { Filters } from '../../model/filters';
import type { VisitMode } from '../../model/visits-view';
import { embedSnippet, type EmbedViewId } from '../../state/embed-url';
import { useStatus } from './use-status';

export interface EmbedActionProps {
  view: EmbedViewId;
  title: string;
  filters: Filters;
  visitMode: VisitMode;
  showContacts: boolean;
}

/** The site's absolute base URL (where index.html and embed.html live), ending in `/`. */
const siteBase = () => new URL(import.meta.env.BASE_URL, window.location.href).href;

/** The snippet in a readonly box (selectable by hand), and its Copy button. */
function EmbedSnippet({ snippet, title }: { snippet: string; title: string }) {
  const boxId = useId();
  const [status, announce] = useStatus();
  return (
    <>
      <label className="embed-label" htmlFor={boxId}>
        Paste this into your page to show “{title}” with the current filters:
      </label>
      <textarea
        id={boxId}
        className="embed-code"
        readOnly
        rows={5}
        value={snippet}
        // Opened for its code: focused and selected, ready for Ctrl+C.
        autoFocus
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="embed-foot">
        <button
          type="button"
          className="btn"
          onClick={() =>
            void copyText(snippet).then((ok) =>
              announce(ok ? 'Copied' : 'Copy failed: select the code and copy it'),
            )
          }
        >
          Copy
        </button>
        <span className="embed-status" role="status">
          {status}
        </span>
      </div>
    </>
  );
}

/**
 * "Embed": shows the `<iframe>` snippet of this chart as it is on screen (filters, split,
 * contacts). The snippet is written when the box opens, so the baked page holds none.
 */
export function EmbedAction(props: EmbedActionProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxId = useId();
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close();
    }
  };
  return (
    <div className="embed-action" onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="btn export-btn"
        aria-expanded={open}
        aria-controls={open ? boxId : undefined}
        title={`Embed “${props.title}” in another page`}
        onClick={() => setOpen((v) => !v)}
      >
        Embed
      </button>
      {open ? (
        <div id={boxId} className="embed-box" role="group" aria-label={`Embed ${props.title}`}>
          <EmbedSnippet
            snippet={embedSnippet(siteBase(), props, props.title)}
            title={props.title}
          />
        </div>
      ) : null}
    </div>
  );
}
