// The content-box size of an element in whole pixels, kept current with a ResizeObserver, for
// charts and graphs drawn in pixels. Pass a ref the caller already holds, or use the one returned.

import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useElementSize<T extends HTMLElement>(given?: RefObject<T | null>) {
  const own = useRef<T>(null);
  const ref = given ?? own;
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: a canvas is sized from these, and a sub-pixel jitter would repaint it for nothing.
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return [ref, size] as const;
}
