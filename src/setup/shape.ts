// The shape of a dataset as the network sees it.

import type { Task } from '../engine/index.ts';

/** What the network's ends must fit: the number of inputs and the kind of answer. */
export interface DataShape {
  inputs: number;
  task: Task;
  /** Classes for classification (2 for binary); 0 for regression. */
  classes: number;
}

export function shapeOfTable(data: { inputNames: readonly string[]; task: Task; classes: number }): DataShape {
  return { inputs: data.inputNames.length, task: data.task, classes: data.classes };
}
