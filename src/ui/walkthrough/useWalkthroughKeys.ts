// Sends keys to the 'walkthrough' scope of the registry while the panel is open. The app-wide
// dispatcher (src/ui/useCommandKeys.ts, on its way from the ui branch) also covers this scope; this
// listener runs first, on the document, and marks the keys it handles, so the two never both run.

import { useEffect } from 'react';
import { dispatchKey } from '../../state/commands.ts';

/** Typing, choosing or a tab list's own arrows come before the walkthrough's keys. */
function claimsKey(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, select, textarea, [role="tablist"]') !== null);
}

export function useWalkthroughKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || claimsKey(e.target)) return;
      if (dispatchKey(e, ['walkthrough'])) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
