import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchKey, hintOf, runCommand } from './commands.ts';
import { PLAYGROUND_COMMANDS, registerPlaygroundCommands } from './playgroundCommands.ts';
import { useConfigStore } from './configStore.ts';
import { useTrainingStore } from './trainingStore.ts';

let unregister: () => void = () => {};
beforeEach(() => {
  unregister = registerPlaygroundCommands();
  useTrainingStore.getState().setPlaying(false);
});
afterEach(() => unregister());

describe('the playground commands', () => {
  it('Space plays and pauses, and the button says what pressing it will do', () => {
    expect(hintOf(PLAYGROUND_COMMANDS.play)).toBe('Play (Space)');
    expect(dispatchKey({ key: ' ', repeat: false }, ['playground'])).toBe(true);
    expect(useTrainingStore.getState().playing).toBe(true);
    expect(hintOf(PLAYGROUND_COMMANDS.play)).toBe('Pause (Space)');
    // A held Space does not flicker between the two.
    dispatchKey({ key: ' ', repeat: true }, ['playground']);
    expect(useTrainingStore.getState().playing).toBe(true);
    runCommand(PLAYGROUND_COMMANDS.play);
    expect(useTrainingStore.getState().playing).toBe(false);
  });

  it('keys of the playground do nothing while only a dialog is active', () => {
    expect(dispatchKey({ key: ' ', repeat: false }, ['dialog'])).toBe(false);
    expect(useTrainingStore.getState().playing).toBe(false);
  });

  it('names the step, reset and regenerate keys and buttons', () => {
    expect(hintOf(PLAYGROUND_COMMANDS.stepBatch)).toBe('Step one batch (→)');
    expect(hintOf(PLAYGROUND_COMMANDS.reset)).toBe('Reset (R)');
    expect(hintOf(PLAYGROUND_COMMANDS.stepEpoch)).toBe('Step one epoch');
    const seed = useConfigStore.getState().seed;
    runCommand(PLAYGROUND_COMMANDS.regenerate);
    expect(useConfigStore.getState().seed).toBe(seed + 1);
  });
});
