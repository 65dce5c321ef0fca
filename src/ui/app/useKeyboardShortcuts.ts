// Space plays or pauses, → steps one batch, R resets: the moves a teacher makes while talking.

import { useEffect } from 'react';
import { reset, step, togglePlay } from '../../state/session.ts';

/** Where keys mean something else: typing, choosing, or (for Space) pressing the focused control. */
function claimsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, select, textarea')) return true;
  return key === ' ' && target.closest('button, a, summary, [role="button"], [role="tab"]') !== null;
}

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || claimsKey(e.target, e.key)) return;
      // Holding → keeps stepping; holding Space or R must not flicker or reset over and over.
      if (e.key === 'ArrowRight') step('batch');
      else if (e.repeat) return;
      else if (e.key === ' ') togglePlay();
      else if (e.key === 'r' || e.key === 'R') reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
