// One registry for everything a learner can do with a button or a key, as Excalidraw's actions:
// buttons read their label, hint and enabled state from here, one keyboard dispatcher runs the
// command of the innermost active scope, and tests run commands by id.

/** Where a key means something: a dialog over everything, the walkthrough, the playground. */
export type Scope = 'dialog' | 'walkthrough' | 'playground';

/** Innermost first: a key goes to the first active scope that has a command for it. */
export const SCOPE_ORDER: readonly Scope[] = ['dialog', 'walkthrough', 'playground'];

export interface Command {
  id: string;
  /** What the button says, in a learner's words. */
  label: string;
  /** A `KeyboardEvent.key` value ('ArrowRight', ' ', 'r'); letters match either case. */
  shortcut?: string;
  /** Shortcuts that may repeat while the key is held (stepping), unlike play or reset. */
  repeat?: boolean;
  scope: Scope;
  run: () => void;
  /** False while the command cannot run (its button is disabled, its key does nothing). */
  enabled?: () => boolean;
}

const registry = new Map<string, Command>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Adds commands (replacing any with the same id); returns a function that removes them again. */
export function registerCommands(commands: readonly Command[]): () => void {
  for (const c of commands) registry.set(c.id, c);
  changed();
  return () => {
    for (const c of commands) if (registry.get(c.id) === c) registry.delete(c.id);
    changed();
  };
}

export function commandById(id: string): Command | undefined {
  return registry.get(id);
}

// Another concern may switch commands off without each command knowing: a teacher's locks (lockStore).
let guard: (id: string) => boolean = () => true;

/** Installs the check every command passes before it counts as enabled; buttons re-read it. */
export function setCommandGuard(allows: (id: string) => boolean): void {
  guard = allows;
  changed();
}

export function isEnabled(command: Command): boolean {
  return guard(command.id) && (command.enabled ? command.enabled() : true);
}

/** Runs a command by id if it exists and is enabled; says whether it ran. */
export function runCommand(id: string): boolean {
  const command = registry.get(id);
  if (!command || !isEnabled(command)) return false;
  command.run();
  return true;
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

/** How a shortcut is written for people: "Space", "→", "R". */
export function keyLabel(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** A button's tooltip: its label and, when it has one, its key: "Play (Space)". */
export function hintOf(id: string): string {
  const command = registry.get(id);
  if (!command) return '';
  return command.shortcut ? `${command.label} (${keyLabel(command.shortcut)})` : command.label;
}

function matches(command: Command, key: string): boolean {
  if (!command.shortcut) return false;
  return command.shortcut.length === 1 ? command.shortcut.toLowerCase() === key.toLowerCase() : command.shortcut === key;
}

/** The command a key runs in the given active scopes, innermost first (undefined: none). */
export function commandForKey(key: string, active: readonly Scope[]): Command | undefined {
  for (const scope of SCOPE_ORDER) {
    if (!active.includes(scope)) continue;
    for (const command of registry.values()) if (command.scope === scope && matches(command, key)) return command;
  }
  return undefined;
}

/**
 * The one keyboard dispatcher: runs the command of the innermost active scope bound to the key and
 * says whether it handled the key (the caller then prevents the default). Held keys repeat only
 * for commands that allow it. A disabled command still claims its key, so an outer scope does not
 * run instead.
 */
export function dispatchKey(event: { key: string; repeat: boolean }, active: readonly Scope[]): boolean {
  const command = commandForKey(event.key, active);
  if (!command) return false;
  if (event.repeat && !command.repeat) return true;
  if (isEnabled(command)) command.run();
  return true;
}

/** For useSyncExternalStore: re-render buttons when commands come and go. */
export function subscribeCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function commandsVersion(): number {
  return version;
}

/** Every registered command, for tests and a shortcut list. */
export function allCommands(): Command[] {
  return [...registry.values()];
}
