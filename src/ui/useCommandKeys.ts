// The one keyboard dispatcher: every key a learner presses goes to the command registry, which runs
// the command of the innermost active scope (an open dialog, the walkthrough, the playground).

import { useEffect, useSyncExternalStore } from 'react';
import { commandById, commandsVersion, dispatchKey, hintOf, isEnabled, runCommand, subscribeCommands, type Scope } from '../state/commands.ts';
import { useViewStore } from '../state/viewStore.ts';

/** Where keys mean something else: typing, choosing, a tab list's own arrows, or (for Space) pressing the focused control. */
export function claimsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, select, textarea')) return true;
  if (key.startsWith('Arrow') && target.closest('[role="tablist"]')) return true;
  return key === ' ' && target.closest('button, a, summary, [role="button"], [role="tab"]') !== null;
}

/**
 * The scopes whose keys count now. A modal dialog shuts out the page behind it, as the browser does
 * for the pointer; otherwise the walkthrough's keys come before the playground's.
 */
export function activeScopes(): Scope[] {
  if (document.querySelector('dialog[open]')) return ['dialog'];
  return useViewStore.getState().walkthrough ? ['walkthrough', 'playground'] : ['playground'];
}

export function useCommandKeys(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || claimsKey(e.target, e.key)) return;
      if (dispatchKey(e, activeScopes())) e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** A command's label, hint ("Play (Space)") and enabled state, kept current for its button. */
export function useCommand(id: string): { label: string; hint: string; enabled: boolean; run: () => void } {
  useSyncExternalStore(subscribeCommands, commandsVersion);
  const command = commandById(id);
  return {
    label: command?.label ?? '',
    hint: hintOf(id),
    enabled: command ? isEnabled(command) : false,
    run: () => runCommand(id),
  };
}
