// Presenter mode on and off: larger type for a projector, the output and the curves always in view.

import { selectPresenter, usePresentationStore } from '../../state/presentationStore.ts';

export function PresenterToggle() {
  const on = usePresentationStore(selectPresenter);
  return (
    <button
      type="button"
      className="button small presenter-toggle"
      aria-pressed={on}
      title={on ? 'Back to the normal layout' : 'Larger type for a projector, with the output and the curves always in view'}
      onClick={() => usePresentationStore.getState().setPresenter(!on)}
    >
      Present
    </button>
  );
}
