// What a teacher has locked and hidden for a lesson: controls the learner sees but cannot change,
// and panels left out. Carried in a teacher's lesson link or file; empty in the free playground.
// Commands of a locked control are disabled in the registry too, so their keys do nothing either.

import { create } from 'zustand';
import { setCommandGuard } from './commands.ts';

/** Every control a teacher can lock, by what it changes. */
export const CONTROLS = [
  'dataset',
  'noise',
  'validationSplit',
  'samples',
  'classes',
  'regenerate',
  'features',
  'layers',
  'activation',
  'optimizer',
  'learningRate',
  'momentum',
  'loss',
  'regularization',
  'initializer',
  'batchSize',
  'seed',
  'play',
  'step',
  'reset',
  'speed',
] as const;
export type ControlId = (typeof CONTROLS)[number];

/** Every panel a teacher can hide. */
export const PANELS = ['data', 'network', 'output', 'metrics', 'curves', 'compile', 'fit'] as const;
export type PanelId = (typeof PANELS)[number];

/** The registry's commands that belong to a control (the ui's playground commands). */
const COMMAND_CONTROLS: Record<string, ControlId> = {
  'playground.play': 'play',
  'playground.stepBatch': 'step',
  'playground.stepEpoch': 'step',
  'playground.reset': 'reset',
  'playground.regenerate': 'regenerate',
};

export interface LockState {
  locked: ReadonlySet<ControlId>;
  hidden: ReadonlySet<PanelId>;
  setLocks(locked: readonly ControlId[], hidden: readonly PanelId[]): void;
  clear(): void;
}

export const useLockStore = create<LockState>()((set) => ({
  locked: new Set(),
  hidden: new Set(),
  setLocks: (locked, hidden) => set({ locked: new Set(locked), hidden: new Set(hidden) }),
  clear: () => set({ locked: new Set(), hidden: new Set() }),
}));

/** The control a teacher locks to disable a registered command, if any. */
export function controlOfCommand(commandId: string): ControlId | undefined {
  return COMMAND_CONTROLS[commandId];
}

export function isLocked(id: ControlId): boolean {
  return useLockStore.getState().locked.has(id);
}

function guardCommands(): void {
  setCommandGuard((commandId) => {
    const control = COMMAND_CONTROLS[commandId];
    return control === undefined || !isLocked(control);
  });
}
guardCommands();
// Buttons and keys read `enabled` through the registry: tell them when the locks change.
useLockStore.subscribe(guardCommands);

export const selectLocked = (s: LockState) => s.locked;
export const selectHidden = (s: LockState) => s.hidden;
