import { afterEach, describe, expect, it } from 'vitest';
import { allCommands, commandForKey, dispatchKey, hintOf, registerCommands, runCommand, type Command } from './commands.ts';

const undo: (() => void)[] = [];
function add(...commands: Command[]): void {
  undo.push(registerCommands(commands));
}
afterEach(() => {
  while (undo.length) undo.pop()!();
});

describe('the command registry', () => {
  it('runs a command by id only while it is enabled', () => {
    let runs = 0;
    let enabled = true;
    add({ id: 'test.go', label: 'Go', scope: 'playground', run: () => (runs += 1), enabled: () => enabled });
    expect(runCommand('test.go')).toBe(true);
    enabled = false;
    expect(runCommand('test.go')).toBe(false);
    expect(runCommand('test.missing')).toBe(false);
    expect(runs).toBe(1);
  });

  it('writes hints from the label and the key', () => {
    add({ id: 'test.play', label: 'Play', shortcut: ' ', scope: 'playground', run: () => {} });
    add({ id: 'test.reset', label: 'Reset', shortcut: 'r', scope: 'playground', run: () => {} });
    add({ id: 'test.next', label: 'Next step', shortcut: 'ArrowRight', scope: 'walkthrough', run: () => {} });
    expect(hintOf('test.play')).toBe('Play (Space)');
    expect(hintOf('test.reset')).toBe('Reset (R)');
    expect(hintOf('test.next')).toBe('Next step (→)');
  });

  it('gives a key to the innermost active scope, whatever the order of registration', () => {
    const ran: string[] = [];
    add({ id: 'test.step', label: 'Step', shortcut: 'ArrowRight', repeat: true, scope: 'playground', run: () => ran.push('playground') });
    add({ id: 'test.walk', label: 'Next', shortcut: 'ArrowRight', scope: 'walkthrough', run: () => ran.push('walkthrough') });
    expect(dispatchKey({ key: 'ArrowRight', repeat: false }, ['playground'])).toBe(true);
    expect(dispatchKey({ key: 'ArrowRight', repeat: false }, ['walkthrough', 'playground'])).toBe(true);
    expect(ran).toEqual(['playground', 'walkthrough']);
    expect(commandForKey('ArrowRight', ['dialog'])).toBeUndefined();
  });

  it('repeats held keys only for commands that allow it, and matches letters in either case', () => {
    let steps = 0;
    let resets = 0;
    add({ id: 'test.step', label: 'Step', shortcut: 'ArrowRight', repeat: true, scope: 'playground', run: () => (steps += 1) });
    add({ id: 'test.reset', label: 'Reset', shortcut: 'r', scope: 'playground', run: () => (resets += 1) });
    dispatchKey({ key: 'ArrowRight', repeat: true }, ['playground']);
    dispatchKey({ key: 'R', repeat: false }, ['playground']);
    expect(dispatchKey({ key: 'r', repeat: true }, ['playground'])).toBe(true);
    expect([steps, resets]).toEqual([1, 1]);
  });

  it('lets a disabled command hold its key so an outer scope does not run instead', () => {
    let outer = 0;
    add({ id: 'test.outer', label: 'Outer', shortcut: 'x', scope: 'playground', run: () => (outer += 1) });
    add({ id: 'test.inner', label: 'Inner', shortcut: 'x', scope: 'dialog', run: () => {}, enabled: () => false });
    expect(dispatchKey({ key: 'x', repeat: false }, ['dialog', 'playground'])).toBe(true);
    expect(outer).toBe(0);
  });

  it('removes exactly what it registered', () => {
    const before = allCommands().length;
    const remove = registerCommands([{ id: 'test.a', label: 'A', scope: 'dialog', run: () => {} }]);
    expect(allCommands().length).toBe(before + 1);
    remove();
    expect(allCommands().length).toBe(before);
  });
});
