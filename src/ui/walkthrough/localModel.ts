// The walkthrough's own copy of the network, on the main thread: the same engine, the worker's
// weights (frame.params) and the worker's optimiser memory (frame.optimizer), so that the trace
// shows exactly what the worker computes and its update preview is exactly the worker's next step.

import { createModel, featureValue, type CompileOptions, type FeatureName, type Model, type ModelSpec, type Task } from '../../engine/index.ts';
import { type PlaygroundConfig } from '../../setup/config.ts';
import { compileOptionsOf as compileOptionsFor, taskOf } from '../../setup/rules.ts';
import type { OptimizerSnapshot } from '../../state/trainingStore.ts';

/** The compile options the worker uses for a setup (plane datasets: the walkthrough follows 2-D samples). */
export function compileOptionsOf(c: PlaygroundConfig): CompileOptions {
  return compileOptionsFor(c, taskOf(c.dataset, null, c.problem));
}

export interface LocalModelInput {
  spec: ModelSpec;
  params: ArrayLike<number>;
  optimizer: OptimizerSnapshot | null;
  compile: CompileOptions;
}

/**
 * A compiled model with the worker's weights and, when given, its optimiser memory.
 * Throws (an EngineError) when the pieces do not fit together, e.g. while a new setup is on its way.
 */
export function buildLocalModel({ spec, params, optimizer, compile }: LocalModelInput): Model {
  const model = createModel(spec).compile(compile);
  model.setParams(params);
  if (optimizer) model.setOptimizerState(optimizer);
  return model;
}

/** A sample as the walkthrough uses it: the point, the network's inputs and the target vector. */
export interface Sample {
  /** The raw point (x₁, x₂); null for a row of a table. */
  point: [number, number] | null;
  /** The feature values the network sees, one per switched-on feature. */
  features: number[];
  /** Class index (classification) or target value (regression). */
  label: number;
  /** What the loss compares against: [label] (binary, regression) or one-hot (multi-class). */
  target: number[];
}

export function targetVector(task: Task, label: number, classes: number): number[] {
  if (task === 'multiclass') return Array.from({ length: classes }, (_, j) => (j === label ? 1 : 0));
  return [label];
}

export function makeSample(point: [number, number], label: number, features: readonly FeatureName[], task: Task, classes: number): Sample {
  return {
    point,
    features: features.map((f) => featureValue(f, point[0], point[1])),
    label,
    target: targetVector(task, label, classes),
  };
}
