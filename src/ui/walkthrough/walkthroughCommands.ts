// The walkthrough's keys, as registry commands in the 'walkthrough' scope: ← and → walk the steps
// (and, while the panel is open, no longer step training).

import type { Command } from '../../state/commands.ts';
import { useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { stepKey, type Step } from './steps.ts';

export const NEXT_STEP = 'walkthrough.next';
export const PREVIOUS_STEP = 'walkthrough.previous';

/** The steps are read when a command runs, so one registration follows a network that changes shape. */
export function walkthroughCommands(steps: () => readonly Step[]): Command[] {
  const at = () =>
    Math.max(
      0,
      steps().findIndex((s) => stepKey(s) === useWalkthroughStore.getState().step),
    );
  const go = (delta: number) => {
    const list = steps();
    const next = list[Math.max(0, Math.min(list.length - 1, at() + delta))];
    const walk = useWalkthroughStore.getState();
    walk.setPlaying(false);
    if (next) walk.setStep(stepKey(next));
  };
  return [
    { id: NEXT_STEP, label: 'Next step', shortcut: 'ArrowRight', repeat: true, scope: 'walkthrough', run: () => go(1), enabled: () => at() < steps().length - 1 },
    { id: PREVIOUS_STEP, label: 'Previous step', shortcut: 'ArrowLeft', repeat: true, scope: 'walkthrough', run: () => go(-1), enabled: () => at() > 0 },
  ];
}
