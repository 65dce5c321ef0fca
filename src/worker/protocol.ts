// The typed contract between the UI thread and the training worker: messages, nothing else.
// The worker owns the model and the data; the UI sends commands and renders the frames it gets back.

import type { EpochLog, ModelSpec, Task, TrainerState } from '../engine/index.ts';
import type { PlaygroundConfig, Speed } from '../setup/config.ts';
import type { TableData } from '../setup/tableData.ts';

/** Which panels are visible, so the worker computes only what is shown. */
export interface ViewRequest {
  /** Resolution of the output heatmap (cells per side), 0 for none. Planes only. */
  outputGrid: number;
  /** Resolution of each neuron's thumbnail heatmap, 0 for none. Planes only. */
  neuronGrid: number;
  /** Include the optimiser's memory, so the walkthrough can preview the exact next update. */
  optimizer?: boolean;
  /** Tables, classification: the confusion matrix of the validation rows. */
  confusion?: boolean;
  /** Tables, regression: predicted against actual for (up to 500) validation rows. */
  predictions?: boolean;
  /** Images (digits): up to this many misclassified validation images. */
  mistakes?: number;
}

/** How the network does on the validation rows of a table; what the output panel shows instead of a plane. */
export interface TableEvaluation {
  /** Batches trained when it was computed (it is recomputed at most a few times a second). */
  iteration: number;
  epoch: number;
  /** Validation rows evaluated. */
  n: number;
  classes: number;
  /** Classification: classes x classes counts, row = true class, column = predicted class. */
  confusion: Uint32Array | null;
  /** Regression: [actual, predicted] pairs in the target's units, up to 500 rows evenly spread. */
  predictions: Float64Array | null;
  /** Images: validation rows the network gets wrong (the first `asked`), with its answer, and how many it gets wrong in all. */
  mistakes: { indices: Uint32Array; predicted: Uint8Array; total: number } | null;
  /** Accuracy on the separate test set (all of MNIST: its 10,000 test images), measured once per epoch, at the batch given. */
  test?: { n: number; accuracy: number; epoch: number; batchInEpoch: number } | null;
}

/**
 * The metrics of the weights as they are now, measured after a change that made the last epoch's row
 * describe another model (new data, an edited network, typed or set weights, new weights). Not an
 * epoch's row: the curves never get it. Sent until the next epoch ends.
 */
export interface CurrentMetrics {
  /** Which measurement this is (one per change), so the page keeps one object across frames. */
  version: number;
  /** Where training stood when it was measured. */
  epoch: number;
  batchInEpoch: number;
  batchesPerEpoch: number;
  /**
   * Training and validation loss and accuracy over all their rows, on the current weights; null when
   * that is too many rows x parameters to measure at once (then the next epoch brings new numbers).
   */
  metrics: EpochLog | null;
}

export interface OptimizerSnapshot {
  iterations: number;
  /** Per parameter array (Keras order), its slots: momentum velocity, RMSprop mean square, Adam m and v. */
  slots: Float64Array[][];
}

/**
 * What training needs to go on where it stopped, beyond the setup: weights, the optimiser's memory and
 * the trainer's state (position, shuffle order, random stream, log), so it continues bit for bit.
 */
export interface TrainingCheckpoint {
  spec: ModelSpec;
  /** Keras order, as FrameMessage.params. */
  params: Float64Array;
  optimizer: OptimizerSnapshot | null;
  epoch: number;
  iteration: number;
  history: EpochLog[];
  /** The log keeps every historyStride-th epoch (long runs are thinned). */
  historyStride: number;
  /** Where the trainer is, exactly; null for a checkpoint of the counters only (the epoch restarts). */
  trainer: TrainerState | null;
  /** Epochs where the network or its training was edited. */
  marks?: EditMark[];
}

/** An epoch where the network or its training changed ("units 4-2 → 5-2"), marked on the curves. */
export interface EditMark {
  epoch: number;
  label: string;
}

/**
 * Training that is not learning, or blew up: why, in plain words, and the one click that should help.
 * A suggested rate has been tried on the starting weights and seen to bring the loss down.
 */
export interface TrainingAdvice {
  kind: 'stalled' | 'diverged';
  /** Why (empty for a divergence blamed on the rate: the divergence message says what happened). */
  message: string;
  suggestedRate: number | null;
  /** How the suggested rate was tried and what it did. */
  tested: string | null;
  /** A typed weight to set back to its previous value. */
  weight: { layer: number; unit: number; input: number; previous: number } | null;
}

export type Command =
  /**
   * A new or changed setup. The worker rebuilds only what changed: data, model, or just the optimiser.
   * With `resume` (a replaced worker, a reloaded page) training goes on from that checkpoint once built.
   */
  | { type: 'configure'; runId: number; config: PlaygroundConfig; resume?: TrainingCheckpoint }
  | { type: 'view'; view: ViewRequest }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; grain: 'batch' | 'epoch' }
  /** New weights from the seed; data and settings stay. */
  | { type: 'reset' }
  | { type: 'speed'; speed: Speed }
  /** A learner typed a weight (input >= 0) or a bias (input = -1) of layer `layer`, unit `unit`. */
  | { type: 'setParam'; layer: number; unit: number; input: number; value: number }
  /** Replace every parameter at once (a lesson's exact weights). Keras order, as FrameMessage.params. */
  | { type: 'setParams'; params: number[] }
  /** One optimiser step on one sample: the walkthrough's "apply this update". x holds feature values. */
  | { type: 'trainSample'; x: number[]; y: number[] }
  /** One step on each sample in turn, `rounds` times, then one frame: a lesson's many updates land as one. */
  | { type: 'trainSamples'; samples: { x: number[]; y: number[] }[]; rounds: number }
  /** A prepared table (typed arrays transferred). The worker keeps the latest and trains on it when the setup names its source. */
  | { type: 'tableData'; data: TableData }
  /** The UI has painted the last frame; the worker may send the next one. */
  | { type: 'ack' }
  /** Are you alive? Answered at once with a 'pong', so the page notices a worker that died silently. */
  | { type: 'ping' };

export interface DataMessage {
  type: 'data';
  runId: number;
  task: Task;
  classes: number;
  /** Raw 2-D points (x1, x2) row-major, and their labels or targets. Empty for tables. */
  trainX: Float64Array;
  trainY: Float64Array;
  validationX: Float64Array;
  validationY: Float64Array;
}

export interface FrameMessage {
  type: 'frame';
  runId: number;
  spec: ModelSpec;
  epoch: number;
  /** Batches trained since the weights were last initialised. */
  iteration: number;
  /** Batches done in the current epoch, of batchesPerEpoch. */
  batchInEpoch: number;
  batchesPerEpoch: number;
  /** Loss of the most recent batch (measured before its update), NaN before the first. */
  batchLoss: number;
  playing: boolean;
  /** Metrics rows from index `historyFrom` on; historyFrom = 0 means "replace the whole history". */
  historyFrom: number;
  history: EpochLog[];
  /** Every parameter, Keras order: kernel 0 (inputs x units, row-major), bias 0, kernel 1, bias 1, ... */
  params: Float64Array;
  /** Output of the network over the grid: outputGrid² cells x output units, row-major, top row first. */
  outputGrid: Float32Array;
  outputGridSize: number;
  /** Each neuron's output over the grid: for every layer, for every unit, neuronGrid² values. */
  neuronGrids: Float32Array;
  neuronGridSize: number;
  /** The optimiser's memory, when the view asked for it. */
  optimizer: OptimizerSnapshot | null;
  /** Tables: results on the validation rows, when the view asked for any. */
  evaluation?: TableEvaluation | null;
  /** The current weights' metrics after a change, until the next epoch's row; null when the last row is current. */
  current?: CurrentMetrics | null;
  /** Set when training stopped because loss or weights became NaN or infinite. */
  diverged: string | null;
  /** Training that is stuck (it goes on) or blew up, and what to do about it. */
  advice?: TrainingAdvice | null;
  /**
   * Present about once a second while training and on every frame while paused: with this frame's
   * spec, params, epoch, iteration and the history, what the page keeps to resume elsewhere.
   */
  /** Epochs where the network or its training changed, since the weights were last initialised. */
  marks?: EditMark[];
  checkpoint?: { optimizer: OptimizerSnapshot | null; historyStride: number; trainer: TrainerState } | null;
}

/** The answer to a configure with `resume`: whether the checkpoint fitted the model the setup built. */
export interface RestoredMessage {
  type: 'restored';
  runId: number;
  /** The epoch training goes on from, or null when the checkpoint did not fit (the model is fresh). */
  epoch: number | null;
  /** What was not carried over, in a few words (the optimiser's memory after an optimiser change), or null. */
  note: string | null;
}

/** Something the learner should know about the weights: "Fresh weights: the seed is now 2." */
export interface NoticeMessage {
  type: 'notice';
  runId: number;
  text: string;
}

export interface PongMessage {
  type: 'pong';
  runId: number;
}

export interface ErrorMessage {
  type: 'error';
  runId: number;
  message: string;
}

export type WorkerMessage = DataMessage | FrameMessage | ErrorMessage | RestoredMessage | NoticeMessage | PongMessage;
