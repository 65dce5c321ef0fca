// Three lines for a first visit: what to press first, where the lessons are, what the graph is.
// Not a dialog: nothing waits for it, and once dismissed it stays away (remembered in localStorage).

import { useState } from 'react';
import { PLAYGROUND_COMMANDS } from '../../state/playgroundCommands.ts';
import { hintOf } from '../../state/commands.ts';

export const GUIDE_KEY = 'layerlab.guide';

function dismissedBefore(): boolean {
  try {
    return localStorage.getItem(GUIDE_KEY) === 'dismissed';
  } catch {
    // Storage can be off (a private window, a locked-down school browser): show it; dismissing still hides it.
    return false;
  }
}

export function FirstVisitGuide() {
  const [open, setOpen] = useState(() => !dismissedBefore());
  if (!open) return null;
  const dismiss = () => {
    setOpen(false);
    try {
      localStorage.setItem(GUIDE_KEY, 'dismissed');
    } catch {
      // Not remembered; it stays hidden for this visit.
    }
  };
  return (
    <aside className="first-visit" aria-labelledby="first-visit-title" data-testid="first-visit-guide">
      <h2 id="first-visit-title">New here? Three things</h2>
      <ol>
        <li>
          Press <strong>{hintOf(PLAYGROUND_COMMANDS.play) || 'Play'}</strong> and watch the output plot learn to tell orange points from blue.
        </li>
        <li>
          <strong>Lessons</strong>, beside the name at the top, walk you through it one idea at a time.
        </li>
        <li>The graph in the middle is the network: each line is a weight; click one to change it.</li>
      </ol>
      <button type="button" className="button small" onClick={dismiss}>
        Got it
      </button>
    </aside>
  );
}
