/**
 * A deck in a link: `#deck=v1.<base64url of the deflated packed deck>`. In the fragment, so
 * it never reaches a server and leaves the query string (app-url.ts, the filters and the
 * presentation) to its one owner. Versioned: a later format is a new prefix, and `v1.` links
 * keep opening. Decoding never throws: any string is a deck or a reason it is not.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Deck } from '../model/deck';
import { packDeck, unpackDeck } from './deck-pack';

export const DECK_HASH = 'deck';
const VERSION = 'v1.';
/** Longer links than this are not a deck this app wrote. */
const MAX_LINK = 60_000;
const MAX_JSON = 400_000;

export type DecodedDeck = { ok: true; deck: Deck } | { ok: false; reason: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The deck's value for `#deck=`: `v1.` and the packed deck, deflated, in base64url. */
export function encodeDeck(deck: Deck): string {
  return VERSION + toBase64Url(deflateSync(strToU8(JSON.stringify(packDeck(deck))), { level: 9 }));
}

const COULD_NOT_READ = 'The deck link could not be read';

/** The deck a `#deck=` value holds (its new id is `id`), or why none could be read. */
export function decodeDeck(value: string, id: string): DecodedDeck {
  const text = value.trim();
  if (!text.startsWith(VERSION)) {
    return { ok: false, reason: `${COULD_NOT_READ}: it is not a v1 deck link.` };
  }
  if (text.length > MAX_LINK) return { ok: false, reason: `${COULD_NOT_READ}: it is too long.` };
  const bytes = fromBase64Url(text.slice(VERSION.length));
  if (!bytes) return { ok: false, reason: `${COULD_NOT_READ}: it is damaged.` };
  let json: unknown;
  try {
    const raw = inflateSync(bytes);
    if (raw.length > MAX_JSON) return { ok: false, reason: `${COULD_NOT_READ}: it is too long.` };
    json = JSON.parse(strFromU8(raw));
  } catch {
    return { ok: false, reason: `${COULD_NOT_READ}: it is damaged.` };
  }
  const deck = unpackDeck(json, id);
  return deck ? { ok: true, deck } : { ok: false, reason: `${COULD_NOT_READ}: it holds no deck.` };
}

/** The link that opens `deck`: this page's address without its fragment, plus `#deck=…`. */
export function deckLink(deck: Deck, base: string): string {
  return `${base.replace(/#.*$/s, '')}#${DECK_HASH}=${encodeDeck(deck)}`;
}
