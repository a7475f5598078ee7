/**
 * The presentation mode's place in the URL: `present=1` opens the slides and `slide=<id>`
 * (or a 1-based slide number) names the slide, so a reload or a shared link opens the same
 * slide. Every other parameter (the filters sector, from, to, dir, type, person, q, and
 * anything else) is kept byte for byte. Parsing never throws.
 */
export const PRESENT_PARAM = 'present';
export const SLIDE_PARAM = 'slide';

export interface PresentationParams {
  present: boolean;
  /** A slide id such as `visit-frequency`, a 1-based number as written, or null. */
  slide: string | null;
}

const SLIDE_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const NUMBER_RE = /^\d{1,6}$/;

export function readPresentation(search: string): PresentationParams {
  const params = new URLSearchParams(search);
  const present = (params.get(PRESENT_PARAM) ?? '').trim().toLowerCase();
  const slide = (params.get(SLIDE_PARAM) ?? '').trim();
  return {
    present: present === '1' || present === 'true',
    slide: SLIDE_RE.test(slide) ? slide : null,
  };
}

/**
 * The 0-based index of the slide a `slide` parameter names: an id of `slideIds`, or a
 * 1-based slide number. Anything else (missing, unknown, out of range) opens the first slide.
 */
export function resolveSlide(slideParam: string | null, slideIds: readonly string[]): number {
  if (slideParam === null || slideIds.length === 0) return 0;
  const byId = slideIds.indexOf(slideParam);
  if (byId >= 0) return byId;
  if (NUMBER_RE.test(slideParam)) {
    const n = Number(slideParam);
    if (n >= 1 && n <= slideIds.length) return n - 1;
  }
  return 0;
}

function decodeKey(part: string): string {
  const raw = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * The query string with the presentation parameters set (`present=1&slide=<id>` when
 * presenting, both removed otherwise), every other parameter left exactly as it was.
 * Returns `''` or a string starting with `?`, like `mergeFiltersIntoSearch`.
 */
export function writePresentation(search: string, state: PresentationParams): string {
  const body = search.startsWith('?') ? search.slice(1) : search;
  const kept = body
    .split('&')
    .filter((part) => part !== '')
    .filter((part) => {
      const key = decodeKey(part);
      return key !== PRESENT_PARAM && key !== SLIDE_PARAM;
    });
  if (state.present) {
    kept.push(`${PRESENT_PARAM}=1`);
    if (state.slide !== null && state.slide !== '') {
      kept.push(`${SLIDE_PARAM}=${encodeURIComponent(state.slide)}`);
    }
  }
  return kept.length === 0 ? '' : `?${kept.join('&')}`;
}
