// A value that changes at most a few times a second: big networks redraw their connections less often.

import { useEffect, useRef, useState } from 'react';

/** `value`, but changing at most once per `interval` ms (the latest value always arrives). 0 = no throttle. */
export function useThrottled<T>(value: T, interval: number): T {
  const [shown, setShown] = useState(value);
  const lastRef = useRef(0);
  useEffect(() => {
    if (interval <= 0) return;
    const wait = lastRef.current + interval - performance.now();
    const show = () => {
      lastRef.current = performance.now();
      setShown(() => value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, interval]);
  return interval <= 0 ? value : shown;
}
