/**
 * What kind of engagement a sentence reports, from its wording: "met", "received", "phone
 * conversation", "press conference"/"told reporters"/"presser", "summoned", "agreement-signing",
 * "planted"/"wreath". Inside a quotation a speaker recalls or plans things, so only the mild
 * kinds (meetings, press remarks) are read there.
 */
import type { EventType } from '../data/schema';
import type { Range } from './draft-names';

interface TypeRule {
  type: EventType;
  re: RegExp;
  /** False when the words inside a quotation still count. */
  outsideQuotesOnly: boolean;
}

const RULES: TypeRule[] = [
  {
    type: 'phone-call',
    re: /\b(?:(?:tele)?phone (?:conversation|call|talk)s?|spoke (?:by|on the) (?:tele)?phone|(?:tele)?phoned)\b/gi,
    outsideQuotesOnly: true,
  },
  {
    type: 'diplomatic-protest',
    re: /\b(?:summon(?:ed|s|ing)?|note of protest|protest note)\b/gi,
    outsideQuotesOnly: true,
  },
  {
    type: 'press-statement',
    re: /\b(?:press (?:conference|statements?|briefing|point|remarks)|joint (?:press )?statements?|statements? (?:to|for) the press|told (?:reporters|journalists|the media|the press)|presser|made statements)\b/gi,
    outsideQuotesOnly: false,
  },
  {
    type: 'agreement',
    re: /\b(?:agreement-signing|signing ceremony|signed (?:an?|the)?\s?(?:[\w-]+ ){0,4}(?:agreements?|memorand(?:um|a)|protocols?|declarations?|programmes?|treaty|treaties|documents)|(?:agreements?|memorand(?:um|a)|protocols?|declarations?|treaty|documents?) (?:was|were) signed|signing of (?:an?|the) (?:[\w-]+ ){0,4}(?:agreement|memorandum|protocol|declaration|treaty))/gi,
    outsideQuotesOnly: true,
  },
  {
    type: 'ceremony',
    re: /\b(?:(?<!signing )ceremony|planted|wreaths?|unveil(?:ed|ing)?|inaugurat(?:ed|ion))\b/gi,
    outsideQuotesOnly: true,
  },
  {
    type: 'meeting',
    re: /\b(?:met|meets|meeting|held talks|talks (?:with|between)|received|discussion with|negotiations)\b/gi,
    outsideQuotesOnly: false,
  },
];

export interface TypeHit {
  type: EventType;
  at: number;
  end: number;
  words: string;
  quoted: boolean;
  /** Set when no word of the article names this kind: the reason it was inferred. */
  inferred?: string;
}

/** The spans of the text inside quotation marks (curly pairs, or straight ones toggling). */
export function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open === -1 && (c === '“' || c === '"' || c === '«')) open = i;
    else if (open !== -1 && (c === '”' || c === '"' || c === '»')) {
      out.push({ at: open, end: i + 1 });
      open = -1;
    }
  }
  if (open !== -1) out.push({ at: open, end: text.length });
  return out;
}

function inside(at: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => at > r.at && at < r.end);
}

/** The engagement words in a stretch of the article, in order. */
export function typeHits(
  text: string,
  from: number,
  to: number,
  quotes: readonly Range[],
): TypeHit[] {
  const part = text.slice(from, to);
  const hits: TypeHit[] = [];
  for (const rule of RULES) {
    for (const m of part.matchAll(rule.re)) {
      const at = from + m.index;
      const quoted = inside(at, quotes);
      if (quoted && rule.outsideQuotesOnly) continue;
      // "agreement-signing ceremony" is one agreement, not a ceremony as well.
      if (hits.some((h) => at < h.end && h.at < at + m[0].length)) continue;
      hits.push({ type: rule.type, at, end: at + m[0].length, words: m[0], quoted });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

const LABELS: Partial<Record<EventType, string>> = {
  meeting: 'talks',
  'press-statement': 'press statements',
  'phone-call': 'phone call',
  agreement: 'agreement signing',
  ceremony: 'ceremony',
  'diplomatic-protest': 'summons',
};

/** The words a generated title uses for a kind ("talks", "press statements"). */
export function typeLabel(type: EventType | null): string {
  return (type && LABELS[type]) ?? 'engagement';
}
