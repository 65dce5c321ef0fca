import { afterEach, describe, expect, it } from 'vitest';
import { commandForKey, dispatchKey } from './commands.ts';
import { usePresentationStore } from './presentationStore.ts';
import { LEAVE_PRESENTER, registerPresenterCommands } from './presenterCommands.ts';

const escapeKey = { key: 'Escape', repeat: false };

describe('Escape leaves Present mode', () => {
  let unregister = () => {};
  afterEach(() => {
    unregister();
    usePresentationStore.getState().setPresenter(false);
  });

  it('turns presenting off from the playground', () => {
    unregister = registerPresenterCommands();
    usePresentationStore.getState().setPresenter(true);
    expect(dispatchKey(escapeKey, ['walkthrough', 'playground'])).toBe(true);
    expect(usePresentationStore.getState().presenter).toBe(false);
  });

  it('leaves Escape to an open dialog', () => {
    unregister = registerPresenterCommands();
    usePresentationStore.getState().setPresenter(true);
    expect(commandForKey('Escape', ['dialog'])).toBeUndefined();
    expect(dispatchKey(escapeKey, ['dialog'])).toBe(false);
    expect(usePresentationStore.getState().presenter).toBe(true);
  });

  it('claims no key once it is removed', () => {
    registerPresenterCommands()();
    expect(commandForKey('Escape', ['playground'])?.id).not.toBe(LEAVE_PRESENTER);
  });
});
