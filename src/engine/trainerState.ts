// A Trainer's state as JSON-safe values (NaN written as null), and the check that reads it back.
import { boolean, describe, finite, isRecord, knownKeys, list, wholeNumber } from './check.ts';
import { isRngState, restoreRng, type Rng, type RngState } from './random.ts';
import { EngineError, type BatchResult, type EpochLog } from './types.ts';

type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: number | null };

export interface TrainerState {
  /** Rows in the training set: a state only fits a Trainer on data of the same size. */
  n: number;
  batchSize: number;
  shuffle: boolean;
  epoch: number;
  iteration: number;
  batchInEpoch: number;
  /** Position of the next sample in `order`. */
  position: number;
  /** This epoch's order of the training rows (each epoch reshuffles the previous one). */
  order: number[];
  rng: RngState;
  /** Sums over the current epoch so far, for its log line. */
  running: { loss: number; penalty: number; correct: number | null; seen: number };
  lastBatch: Nullable<BatchResult, 'correct'> | null;
  history: Nullable<EpochLog, 'accuracy' | 'val_loss' | 'val_accuracy'>[];
  historyStride: number;
  historyRevision: number;
  diverged: string | null;
}

const KEYS = [
  'n',
  'batchSize',
  'shuffle',
  'epoch',
  'iteration',
  'batchInEpoch',
  'position',
  'order',
  'rng',
  'running',
  'lastBatch',
  'history',
  'historyStride',
  'historyRevision',
  'diverged',
];

export interface ReadState {
  batchSize: number;
  shuffle: boolean;
  epoch: number;
  iteration: number;
  batchInEpoch: number;
  position: number;
  order: Uint32Array;
  rng: Rng;
  running: { loss: number; penalty: number; correct: number; seen: number };
  lastBatch: BatchResult | null;
  history: EpochLog[];
  historyStride: number;
  historyRevision: number;
  diverged: string | null;
}

function numberOrNaN(v: unknown, path: string): number {
  return v === null ? NaN : finite(v, path);
}

function record(v: unknown, keys: string[], path: string): Record<string, unknown> {
  if (!isRecord(v)) throw new EngineError(`must be an object with ${keys.join(', ')}, got ${describe(v)}`, path);
  knownKeys(v, keys, path);
  return v;
}

/** Checks a saved trainer state against a training set of n rows. */
export function readTrainerState(state: unknown, n: number, path: string): ReadState {
  const s = record(state, KEYS, path);
  const at = (k: string) => `${path}.${k}`;
  if (s.n !== n) throw new EngineError(`was saved for ${describe(s.n)} training rows, but this data has ${n}`, at('n'));
  const order = list(s.order, n, at('order'), 'row indices').map((v, i) => wholeNumber(v, `${at('order')}[${i}]`, 0, n - 1));
  if (new Set(order).size !== n) throw new EngineError('must list every training row exactly once', at('order'));
  if (!isRngState(s.rng)) throw new EngineError('is not a random-number state ({ words: four 32-bit integers, spare })', at('rng'));
  const position = wholeNumber(s.position, at('position'), 0, n - 1);
  const r = record(s.running, ['loss', 'penalty', 'correct', 'seen'], at('running'));
  const running = {
    loss: finite(r.loss, `${at('running')}.loss`),
    penalty: finite(r.penalty, `${at('running')}.penalty`),
    correct: numberOrNaN(r.correct, `${at('running')}.correct`),
    seen: wholeNumber(r.seen, `${at('running')}.seen`, 0, n),
  };
  let lastBatch: BatchResult | null = null;
  if (s.lastBatch !== null) {
    const b = record(s.lastBatch, ['loss', 'penalty', 'correct', 'size'], at('lastBatch'));
    const p = at('lastBatch');
    lastBatch = {
      loss: finite(b.loss, `${p}.loss`),
      penalty: finite(b.penalty, `${p}.penalty`),
      correct: numberOrNaN(b.correct, `${p}.correct`),
      size: wholeNumber(b.size, `${p}.size`, 1, n),
    };
  }
  if (!Array.isArray(s.history)) throw new EngineError(`must be a list of epoch logs, got ${describe(s.history)}`, at('history'));
  const history = list(s.history, s.history.length, at('history'), 'epoch logs').map((h, i) => {
    const p = `${at('history')}[${i}]`;
    const e = record(h, ['epoch', 'loss', 'penalty', 'accuracy', 'val_loss', 'val_accuracy'], p);
    return {
      epoch: wholeNumber(e.epoch, `${p}.epoch`, 1),
      loss: finite(e.loss, `${p}.loss`),
      penalty: finite(e.penalty, `${p}.penalty`),
      accuracy: numberOrNaN(e.accuracy, `${p}.accuracy`),
      val_loss: numberOrNaN(e.val_loss, `${p}.val_loss`),
      val_accuracy: numberOrNaN(e.val_accuracy, `${p}.val_accuracy`),
    };
  });
  if (!(s.diverged === null || typeof s.diverged === 'string')) throw new EngineError(`must be null or a message, got ${describe(s.diverged)}`, at('diverged'));
  return {
    batchSize: wholeNumber(s.batchSize, at('batchSize'), 1),
    shuffle: boolean(s.shuffle, at('shuffle')),
    epoch: wholeNumber(s.epoch, at('epoch'), 0),
    iteration: wholeNumber(s.iteration, at('iteration'), 0),
    batchInEpoch: wholeNumber(s.batchInEpoch, at('batchInEpoch'), 0),
    position,
    order: Uint32Array.from(order),
    rng: restoreRng(s.rng),
    running,
    lastBatch,
    history,
    historyStride: wholeNumber(s.historyStride, at('historyStride'), 1),
    historyRevision: wholeNumber(s.historyRevision, at('historyRevision'), 0),
    diverged: s.diverged,
  };
}
