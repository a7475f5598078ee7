/**
 * Whether the address holds a deck link, and its value: apart from deck-url.ts so that
 * checking costs nothing (the codec and its inflate load only for a link).
 */
export function deckInHash(hash: string): string | null {
  const m = /^#?deck=(.*)$/s.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
}
