// A sample as the walkthrough (and a lesson) follows it: the raw point, the inputs the network
// sees and the target the loss compares against.

import { featureValue, type FeatureName, type Task } from '../../engine/index.ts';

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
