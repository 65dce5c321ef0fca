// Present mode's key: Escape leaves it, as it leaves a browser's full screen. Registered only while
// presenting, so the rest of the time Escape stays free for whatever else the page does with it.

import { registerCommands, type Command } from './commands.ts';
import { usePresentationStore } from './presentationStore.ts';

export const LEAVE_PRESENTER = 'presenter.leave';

export function presenterCommands(): Command[] {
  return [
    {
      id: LEAVE_PRESENTER,
      label: 'Leave Present mode',
      shortcut: 'Escape',
      // The outermost scope: an open dialog gets Escape first, and a field being edited keeps it (claimsKey).
      scope: 'playground',
      run: () => usePresentationStore.getState().setPresenter(false),
      enabled: () => usePresentationStore.getState().presenter,
    },
  ];
}

/** Registers the Escape that leaves Present mode; returns a function that removes it again. */
export function registerPresenterCommands(): () => void {
  return registerCommands(presenterCommands());
}
