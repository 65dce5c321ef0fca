// Building the model and its trainer for a setup, and knowing when a setup needs new ones.
import { carryWeights, createModel, createTrainer, type Model, type ModelSpec, type Trainer } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { compileOptionsOf, modelSpecOf } from '../setup/rules.ts';
import type { DataShape } from '../setup/shape.ts';
import { describeEdit, freshWeightsReason, inputMapOf, type EditMark } from './edits.ts';
import type { TrainingCheckpoint } from './protocol.ts';
import { trainingSets, type RunData } from './runData.ts';

/** Epoch rows kept for the curves; the chart draws at most ~600 points anyway. */
export const HISTORY_LIMIT = 4000;

/** A mark on the curves, with the setup before the first edit at its epoch (edits at one epoch merge into one mark). */
export interface Mark extends EditMark {
  from: PlaygroundConfig | null;
}

interface Current {
  config: PlaygroundConfig | null;
  model: Model | null;
  trainer: Trainer | null;
  inputs: string[];
  marks: Mark[];
}

/**
 * The model an edit leads to, and whether its weights are fresh (and why). The weights carry over
 * unless a new initializer, a new seed or data with other inputs asks for new ones, or the old ones
 * blew up, or another file of the same name came (its numbers mean something else): then the run
 * starts again from epoch 0. An edit that keeps the spec and the inputs
 * recompiles the same model (its optimizer memory stays unless the optimizer changed).
 */
export function planEdit(
  now: Current,
  next: PlaygroundConfig,
  shape: DataShape,
  nextInputs: string[],
  newFile = false,
): { model: Model; fresh: boolean; reason: string | null; marks: Mark[] } {
  const { config: prev, model: old, trainer } = now;
  const spec = modelSpecOf(next, shape);
  let fresh = !prev || !old || !trainer ? 'first' : newFile ? 'a new file' : freshWeightsReason(prev, next, now.inputs, nextInputs);
  if (fresh === null && (trainer!.diverged || !old!.weightsFinite())) fresh = 'the old ones had blown up';
  if (fresh !== null) return { model: createCompiledModel(next, shape), fresh: true, reason: prev ? fresh : null, marks: [] };
  const sameInputs = nextInputs.length === now.inputs.length && nextInputs.every((n, i) => n === now.inputs[i]);
  let model = old!;
  if (sameSpec(old!.spec, spec) && sameInputs) {
    model.compile(compileOptionsOf(next, shape.task));
  } else {
    model = createModel(spec, { seed: next.seed, initializer: next.initializer });
    model.setParams(carryWeights(old!.spec, old!.getParams(), spec, { seed: next.seed, initializer: next.initializer, inputs: inputMapOf(now.inputs, nextInputs) }));
    model.compile(compileOptionsOf(next, shape.task));
  }
  return { model, fresh: false, reason: null, marks: markEdit(now.marks, trainer!.epoch, prev!, next) };
}

function markEdit(marks: Mark[], epoch: number, prev: PlaygroundConfig, next: PlaygroundConfig): Mark[] {
  if (epoch === 0) return marks;
  const last = marks.at(-1);
  const same = last?.epoch === epoch;
  const from = same && last.from ? last.from : prev;
  const label = describeEdit(from, next);
  const kept = same ? marks.slice(0, -1) : marks;
  return label ? [...kept, { epoch, label, from }] : kept;
}

/** A new trainer goes on from the old one: exactly, on the same data; with its counters and log, on new data. */
export function carryProgress(old: Trainer, trainer: Trainer, sameData: boolean, batchSize: number): void {
  if (sameData) {
    trainer.restoreState(old.getState());
    trainer.setBatchSize(batchSize);
    return;
  }
  trainer.epoch = old.epoch;
  trainer.iteration = old.iteration;
  trainer.historyStride = old.historyStride;
  trainer.history.push(...old.history);
  trainer.historyRevision = old.historyRevision + 1;
}

export function createCompiledModel(c: PlaygroundConfig, shape: DataShape): Model {
  return createModel(modelSpecOf(c, shape), { seed: c.seed, initializer: c.initializer }).compile(compileOptionsOf(c, shape.task));
}

export function createTrainerFor(model: Model, data: RunData, c: PlaygroundConfig): Trainer {
  const { train, validation } = trainingSets(data, c);
  return createTrainer(model, train, { batchSize: c.batchSize, seed: c.seed, historyLimit: HISTORY_LIMIT, validation });
}

/** Same layers, units and activations: a checkpoint of one fits the other. */
export function sameSpec(a: ModelSpec, b: ModelSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Puts a checkpoint into a freshly built model and trainer. Returns what could not be carried, or null.
 * With the trainer's state, training continues exactly where it stopped (mid-epoch too); without it
 * (or when it does not fit the data, e.g. another number of rows) the counters and log carry on and
 * the epoch in progress starts afresh.
 */
export function applyCheckpoint(model: Model, trainer: Trainer, c: TrainingCheckpoint, batchSize: number): string | null {
  model.setParams(c.params);
  const notes: string[] = [];
  if (c.optimizer) {
    try {
      model.setOptimizerState(c.optimizer);
    } catch {
      notes.push('the optimizer’s memory started afresh');
    }
  }
  try {
    if (!c.trainer) throw new Error('no trainer state');
    trainer.restoreState(c.trainer);
    // The setup decides the batch size (it may have changed since the checkpoint).
    trainer.setBatchSize(batchSize);
  } catch {
    trainer.epoch = c.epoch;
    trainer.iteration = c.iteration;
    trainer.historyStride = c.historyStride;
    trainer.history.length = 0;
    for (const row of c.history) if (row.epoch <= c.epoch) trainer.history.push(row);
    trainer.historyRevision++;
  }
  return notes.length ? notes.join('; ') : null;
}
