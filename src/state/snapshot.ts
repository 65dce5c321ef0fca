// The latest point training could go on from, kept by the page: the setup the worker was running and
// the checkpoint its frames carry (about once a second while training, on every frame while paused).
// A replaced worker and a reloaded page both resume from it.

import type { PlaygroundConfig } from '../setup/config.ts';
import type { FrameMessage, TrainingCheckpoint } from '../worker/protocol.ts';

export interface SessionSnapshot {
  config: PlaygroundConfig;
  checkpoint: TrainingCheckpoint;
}

let latest: SessionSnapshot | null = null;
let version = 0;
const listeners = new Set<() => void>();

/** Called after every new snapshot (the saver writes a paused one at once). */
export function subscribeSnapshot(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps the checkpoint a frame carries (with the page's merged history), if it carries one. */
export function keepCheckpoint(frame: FrameMessage, config: PlaygroundConfig, history: TrainingCheckpoint['history']): void {
  if (!frame.checkpoint) return;
  latest = {
    config,
    checkpoint: {
      spec: frame.spec,
      params: frame.params,
      optimizer: frame.checkpoint.optimizer,
      epoch: frame.epoch,
      iteration: frame.iteration,
      history,
      historyStride: frame.checkpoint.historyStride,
      trainer: frame.checkpoint.trainer,
      marks: frame.marks ?? [],
    },
  };
  version++;
  for (const listener of listeners) listener();
}

export function latestSnapshot(): SessionSnapshot | null {
  return latest;
}

/** Bumped on every new snapshot, so a saver knows whether there is anything new to write. */
export function snapshotVersion(): number {
  return version;
}

export function clearSnapshot(): void {
  latest = null;
  version++;
}

/** A copy safe to keep while training goes on (the page's history grows in place). */
export function frozenSnapshot(s: SessionSnapshot): SessionSnapshot {
  const c = s.checkpoint;
  return { config: s.config, checkpoint: { ...c, history: c.history.filter((row) => row.epoch <= c.epoch) } };
}
