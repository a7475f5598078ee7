import { useEffect, useEffectEvent, useState } from 'react';
import { resolveSlide } from '../../state/app-url';
import { readUrl, updateUrl } from '../../state/url-history';

type Slides = readonly { id: string }[];

function initialSlide(slides: Slides, keepInUrl: boolean): number {
  if (typeof window === 'undefined' || !keepInUrl) return 0;
  const { slide } = readUrl();
  return resolveSlide(
    slide,
    slides.map((s) => s.id),
  );
}

/**
 * The open slide's position, first from the URL (`slide=`), and `go` to move (clamped to
 * the deck). The slide is mirrored in the URL without adding history entries, and follows
 * the URL on back and forward.
 */
export function useCurrentSlide(
  slides: Slides,
  keepInUrl = true,
): { at: number; go: (to: number) => void } {
  const [current, setCurrent] = useState(() => initialSlide(slides, keepInUrl));
  const count = slides.length;
  const at = Math.max(0, Math.min(current, count - 1));
  const slideId = slides[at]?.id;

  useEffect(() => {
    if (slideId === undefined || !keepInUrl) return;
    updateUrl((s) => ({ ...s, present: true, slide: slideId }), 'replace');
  }, [slideId, keepInUrl]);

  const onPopState = useEffectEvent(() => {
    const { present, slide: param } = readUrl();
    if (present && keepInUrl)
      setCurrent(
        resolveSlide(
          param,
          slides.map((s) => s.id),
        ),
      );
  });

  useEffect(() => {
    const pop = () => onPopState();
    window.addEventListener('popstate', pop);
    return () => window.removeEventListener('popstate', pop);
  }, []);

  return { at, go: (to: number) => setCurrent(Math.max(0, Math.min(to, count - 1))) };
}
