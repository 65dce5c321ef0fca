// The playground's commands: what the training controls and the data panel's buttons do, and the
// keys a teacher presses while talking (Space plays or pauses, → steps one batch, R resets).

import { registerCommands, type Command } from './commands.ts';
import { useConfigStore } from './configStore.ts';
import { reset, step, togglePlay } from './session.ts';
import { useTrainingStore } from './trainingStore.ts';

export const PLAYGROUND_COMMANDS = {
  play: 'playground.play',
  stepBatch: 'playground.stepBatch',
  stepEpoch: 'playground.stepEpoch',
  reset: 'playground.reset',
  regenerate: 'playground.regenerate',
} as const;

export function playgroundCommands(): Command[] {
  return [
    {
      id: PLAYGROUND_COMMANDS.play,
      // One key and one button for both: the label follows what pressing it will do.
      get label() {
        return useTrainingStore.getState().playing ? 'Pause' : 'Play';
      },
      shortcut: ' ',
      scope: 'playground',
      run: togglePlay,
    },
    // Holding → keeps stepping; holding Space or R must not flicker or reset over and over.
    { id: PLAYGROUND_COMMANDS.stepBatch, label: 'Step one batch', shortcut: 'ArrowRight', repeat: true, scope: 'playground', run: () => step('batch') },
    { id: PLAYGROUND_COMMANDS.stepEpoch, label: 'Step one epoch', scope: 'playground', run: () => step('epoch') },
    { id: PLAYGROUND_COMMANDS.reset, label: 'Reset', shortcut: 'r', scope: 'playground', run: reset },
    { id: PLAYGROUND_COMMANDS.regenerate, label: 'Regenerate', scope: 'playground', run: () => useConfigStore.getState().regenerate() },
  ];
}

/** Registers the playground's commands; returns a function that removes them again. */
export function registerPlaygroundCommands(): () => void {
  return registerCommands(playgroundCommands());
}
