// ← and → walk the steps through the registry's dispatcher, only while the walkthrough scope is active.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchKey, hintOf, registerCommands } from '../../state/commands.ts';
import { useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { stepKey, stepsOf } from './steps.ts';
import { NEXT_STEP, walkthroughCommands } from './walkthroughCommands.ts';

const steps = stepsOf({
  inputs: 2,
  layers: [
    { units: 2, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
});
let unregister: () => void;

beforeEach(() => {
  useWalkthroughStore.setState(useWalkthroughStore.getInitialState(), true);
  unregister = registerCommands(walkthroughCommands(() => steps));
});
afterEach(() => unregister());

const key = (k: string, repeat = false) => dispatchKey({ key: k, repeat }, ['walkthrough', 'playground']);

describe('walkthrough commands', () => {
  it('→ and ← move one step and stop playing', () => {
    useWalkthroughStore.getState().setPlaying(true);
    expect(key('ArrowRight')).toBe(true);
    expect(useWalkthroughStore.getState().step).toBe(stepKey(steps[1]));
    expect(useWalkthroughStore.getState().playing).toBe(false);
    expect(key('ArrowRight', true)).toBe(true); // held: keeps stepping
    expect(useWalkthroughStore.getState().step).toBe(stepKey(steps[2]));
    key('ArrowLeft');
    expect(useWalkthroughStore.getState().step).toBe(stepKey(steps[1]));
  });

  it('stay at the ends, still claiming the key so training does not step instead', () => {
    expect(key('ArrowLeft')).toBe(true);
    expect(useWalkthroughStore.getState().step).toBe('input');
    useWalkthroughStore.getState().setStep(stepKey(steps.at(-1)!));
    expect(key('ArrowRight')).toBe(true);
    expect(useWalkthroughStore.getState().step).toBe(stepKey(steps.at(-1)!));
  });

  it('do nothing outside the walkthrough scope, and give their buttons a hint', () => {
    expect(dispatchKey({ key: 'ArrowRight', repeat: false }, ['playground'])).toBe(false);
    expect(useWalkthroughStore.getState().step).toBe('input');
    expect(hintOf(NEXT_STEP)).toBe('Next step (→)');
  });
});
