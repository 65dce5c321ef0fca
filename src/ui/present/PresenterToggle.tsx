// Presenter mode on and off: larger type for a projector, the output and the curves always in view.

import { useEffect } from 'react';
import { selectPresenter, usePresentationStore } from '../../state/presentationStore.ts';
import { registerPresenterCommands } from '../../state/presenterCommands.ts';

export function PresenterToggle() {
  const on = usePresentationStore(selectPresenter);
  // Escape leaves, but only claims the key while there is something to leave.
  useEffect(() => (on ? registerPresenterCommands() : undefined), [on]);
  return (
    <button
      type="button"
      className="button small presenter-toggle"
      aria-pressed={on}
      title={on ? 'Back to the normal layout (Esc)' : 'Larger type for a projector, with the output and the curves always in view'}
      onClick={() => usePresentationStore.getState().setPresenter(!on)}
    >
      Present
    </button>
  );
}
