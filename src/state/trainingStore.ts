// What the worker last reported: the newest frame, the metrics history and the data points.
// Each panel subscribes to the piece it draws, so a frame repaints only what changed.

import { create } from 'zustand';
import type { ModelSpec } from '../engine/types.ts';
import type { Task } from '../engine/datasets/names.ts';
import type { EpochLog } from '../engine/index.ts';
import { DEFAULT_SPEED, type Speed } from '../setup/config.ts';
import type { CurrentMetrics, DataMessage, EditMark, FrameMessage, OptimizerSnapshot, TableEvaluation, TrainingAdvice, WorkerMessage } from '../worker/protocol.ts';

export type { CurrentMetrics, EditMark, OptimizerSnapshot, TableEvaluation, TrainingAdvice };

export interface DataPoints {
  task: Task;
  classes: number;
  trainX: Float64Array;
  trainY: Float64Array;
  validationX: Float64Array;
  validationY: Float64Array;
}

export interface TrainingState {
  spec: ModelSpec | null;
  params: Float64Array | null;
  outputGrid: Float32Array | null;
  outputGridSize: number;
  neuronGrids: Float32Array | null;
  neuronGridSize: number;
  /** The optimiser's memory, present only while a view asks for it (the walkthrough). */
  optimizer: OptimizerSnapshot | null;
  /** Tables: how the network does on the validation rows (confusion matrix, predictions, mistakes), when shown. */
  evaluation: TableEvaluation | null;
  epoch: number;
  iteration: number;
  /** Progress through the current epoch and the latest batch's loss. */
  batch: { index: number; of: number; loss: number };
  playing: boolean;
  diverged: string | null;
  /** Training that is stuck or blew up, and the one click that should help (a rate the worker tried). */
  advice: TrainingAdvice | null;
  /** A message from the worker that it could not carry out a command. */
  error: string | null;
  /**
   * Every epoch's metrics. Long runs log hundreds of thousands of rows, so new rows are appended in place
   * rather than copying the array on every frame; historyVersion tells subscribers that it changed.
   */
  history: EpochLog[];
  historyVersion: number;
  /** The current weights' metrics after a change, until the next epoch's row (never a row of the history). */
  current: CurrentMetrics | null;
  /** Epochs where the network or its training was edited, for the curves to mark. */
  marks: EditMark[];
  data: DataPoints | null;
  /** Chosen by the learner, not reported by the worker: it lives here because it steers training. */
  speed: Speed;
  /** One line about the session itself: restored after a reload, resumed after the worker died, storage refused. */
  sessionNotice: SessionNotice | null;

  applyMessage(msg: WorkerMessage): void;
  /** Shows play/pause at once; the next frame confirms or corrects it. */
  setPlaying(playing: boolean): void;
  setSpeed(speed: Speed): void;
  dismissError(): void;
  setSessionNotice(notice: SessionNotice | null): void;
}

export interface SessionNotice {
  kind: 'restored' | 'recovered' | 'storage' | 'weights';
  text: string;
}

/**
 * Applies `historyFrom` semantics: 0 replaces the history, n > 0 rewrites it from row n on.
 * Appending at the end (the usual case, every frame) grows `previous` in place and returns it.
 */
export function mergeHistory(previous: EpochLog[], from: number, rows: EpochLog[]): EpochLog[] {
  if (from === 0) return rows;
  if (from !== previous.length) return previous.slice(0, from).concat(rows);
  for (const row of rows) previous.push(row);
  return previous;
}

function frameUpdate(s: TrainingState, msg: FrameMessage): Partial<TrainingState> {
  return {
    // Every frame carries the spec afresh; the same one keeps its object, so what depends only on the
    // network's shape (captions, toggles, a lesson's code) does not re-render with every frame.
    spec: s.spec !== null && JSON.stringify(s.spec) === JSON.stringify(msg.spec) ? s.spec : msg.spec,
    params: msg.params,
    outputGrid: msg.outputGrid,
    outputGridSize: msg.outputGridSize,
    neuronGrids: msg.neuronGrids,
    neuronGridSize: msg.neuronGridSize,
    optimizer: msg.optimizer,
    evaluation: msg.evaluation ?? null,
    epoch: msg.epoch,
    iteration: msg.iteration,
    batch:
      s.batch.index === msg.batchInEpoch && s.batch.of === msg.batchesPerEpoch && Object.is(s.batch.loss, msg.batchLoss)
        ? s.batch
        : { index: msg.batchInEpoch, of: msg.batchesPerEpoch, loss: msg.batchLoss },
    playing: msg.playing,
    diverged: msg.diverged,
    // The same advice comes with every frame: keep the object, so the alert does not repaint.
    advice: JSON.stringify(s.advice) === JSON.stringify(msg.advice ?? null) ? s.advice : (msg.advice ?? null),
    history: mergeHistory(s.history, msg.historyFrom, msg.history),
    historyVersion: msg.history.length > 0 || msg.historyFrom !== s.history.length ? s.historyVersion + 1 : s.historyVersion,
    error: null,
    current: sameCurrent(s.current, msg.current ?? null) ? s.current : (msg.current ?? null),
    marks: sameMarks(s.marks, msg.marks ?? []) ? s.marks : (msg.marks ?? []),
  };
}

function sameMarks(a: EditMark[], b: EditMark[]): boolean {
  return a.length === b.length && a.every((m, i) => m.epoch === b[i].epoch && m.label === b[i].label);
}

/** One measurement keeps its object across frames, so the metrics do not re-render with every frame. */
function sameCurrent(a: CurrentMetrics | null, b: CurrentMetrics | null): boolean {
  if (a === null || b === null) return a === b;
  const m = a.metrics;
  const n = b.metrics;
  return (
    a.version === b.version &&
    a.epoch === b.epoch &&
    a.batchInEpoch === b.batchInEpoch &&
    a.batchesPerEpoch === b.batchesPerEpoch &&
    (m === null || n === null
      ? m === n
      : Object.is(m.loss, n.loss) &&
        Object.is(m.val_loss, n.val_loss) &&
        Object.is(m.accuracy, n.accuracy) &&
        Object.is(m.val_accuracy, n.val_accuracy) &&
        Object.is(m.penalty, n.penalty))
  );
}

function dataUpdate(msg: DataMessage): Partial<TrainingState> {
  const { task, classes, trainX, trainY, validationX, validationY } = msg;
  return { data: { task, classes, trainX, trainY, validationX, validationY }, evaluation: null };
}

export const useTrainingStore = create<TrainingState>()((set) => ({
  spec: null,
  params: null,
  outputGrid: null,
  outputGridSize: 0,
  neuronGrids: null,
  neuronGridSize: 0,
  optimizer: null,
  evaluation: null,
  epoch: 0,
  iteration: 0,
  batch: { index: 0, of: 0, loss: NaN },
  playing: false,
  diverged: null,
  advice: null,
  error: null,
  history: [],
  historyVersion: 0,
  current: null,
  marks: [],
  data: null,
  // About one epoch per screen frame on the plane datasets: fast, and every epoch is still drawn.
  speed: DEFAULT_SPEED,
  sessionNotice: null,

  applyMessage: (msg) => {
    switch (msg.type) {
      case 'frame':
        return set((s) => frameUpdate(s, msg));
      case 'data':
        return set(dataUpdate(msg));
      case 'error':
        return set({ error: msg.message, playing: false });
      case 'notice':
        return set({ sessionNotice: { kind: 'weights', text: msg.text } });
    }
  },
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  dismissError: () => set({ error: null }),
  setSessionNotice: (sessionNotice) => set({ sessionNotice }),
}));

export const selectEpoch = (s: TrainingState) => s.epoch;
export const selectIteration = (s: TrainingState) => s.iteration;
export const selectBatch = (s: TrainingState) => s.batch;
export const selectPlaying = (s: TrainingState) => s.playing;
export const selectDiverged = (s: TrainingState) => s.diverged;
export const selectAdvice = (s: TrainingState) => s.advice;
export const selectError = (s: TrainingState) => s.error;
export const selectData = (s: TrainingState) => s.data;
export const selectSpeed = (s: TrainingState) => s.speed;
export const selectParams = (s: TrainingState) => s.params;
export const selectNeuronGrids = (s: TrainingState) => s.neuronGrids;
export const selectNeuronGridSize = (s: TrainingState) => s.neuronGridSize;
export const selectOutputGrid = (s: TrainingState) => s.outputGrid;
export const selectEvaluation = (s: TrainingState) => s.evaluation;
export const selectSpec = (s: TrainingState) => s.spec;
export const selectSessionNotice = (s: TrainingState) => s.sessionNotice;
export const selectMarks = (s: TrainingState) => s.marks;
/** The history as of one version: a new object whenever the history changes, the same one until then. */
export interface HistorySnapshot {
  readonly history: EpochLog[];
  readonly version: number;
}

let historySnapshot: HistorySnapshot = { history: [], version: -1 };
export const selectHistorySnapshot = (s: TrainingState): HistorySnapshot => {
  if (historySnapshot.history !== s.history || historySnapshot.version !== s.historyVersion) historySnapshot = { history: s.history, version: s.historyVersion };
  return historySnapshot;
};

/**
 * The history, re-rendering the caller whenever it changes. The history grows in place, so memos over it
 * depend on the snapshot, whose identity changes with every new row.
 */
export function useHistory(): HistorySnapshot {
  return useTrainingStore(selectHistorySnapshot);
}

/** The newest row of the training log, or null before the first epoch ends. */
export const selectLatestMetrics = (s: TrainingState) => s.history.at(-1) ?? null;

/**
 * The numbers to show as the model's: the current weights' after a change (null when too costly to
 * measure at once), else the newest epoch's row.
 */
export const selectShownMetrics = (s: TrainingState) => (s.current ? s.current.metrics : (s.history.at(-1) ?? null));
export const selectCurrentMetrics = (s: TrainingState) => s.current;
