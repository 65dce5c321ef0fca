// What an edit of the setup does to what the network learned (the Keras bridge: a model keeps its
// weights when it is recompiled). Every weight carries over unless the edit asks for new ones: a new
// initializer or seed, or data whose inputs mean something else. Added neurons and layers start from
// the initializer; removed ones take only their own weights with them.

import type { PlaygroundConfig } from '../setup/config.ts';
import { isPlane, NOISE_SHAPE } from '../setup/catalogue.ts';
import type { TableData } from '../setup/tableData.ts';

export type { EditMark } from './protocol.ts';

/** What each input of the network means: a plane's features, or a table's columns. */
export function inputNamesOf(c: PlaygroundConfig, table: TableData | null): string[] {
  if (isPlane(c.dataset)) return c.features.map((f) => `plane:${f}`);
  // Noise of another size is other data: its inputs are other inputs.
  if (c.dataset === 'noise') return Array.from({ length: NOISE_SHAPE.inputs }, (_, j) => `noise:${c.samples}:x${j + 1}`);
  return (table?.inputNames ?? []).map((name) => `${c.dataset}:${name}`);
}

/** Why this edit needs fresh weights, in a few words, or null when the learned ones carry over. */
export function freshWeightsReason(prev: PlaygroundConfig, next: PlaygroundConfig, prevInputs: string[], nextInputs: string[]): string | null {
  if (prev.initializer !== next.initializer) return `the initializer is now ${next.initializer}`;
  if (prev.seed !== next.seed) return `the seed is now ${next.seed}`;
  // Planes share their features, so switching from the circle to the spiral keeps what was learned
  // (and a feature turned on or off keeps the others' weights). A table's columns must all be the same.
  const plane = isPlane(prev.dataset) && isPlane(next.dataset);
  const same = plane ? nextInputs.some((name) => prevInputs.includes(name)) : nextInputs.length === prevInputs.length && nextInputs.every((n, i) => n === prevInputs[i]);
  return same ? null : 'the new data has other inputs';
}

/** For each new input, the old input it continues (the same feature or column), or null. */
export function inputMapOf(prevInputs: string[], nextInputs: string[]): (number | null)[] {
  return nextInputs.map((name) => {
    const i = prevInputs.indexOf(name);
    return i >= 0 ? i : null;
  });
}

const units = (c: PlaygroundConfig) => (c.hidden.length ? c.hidden.map((l) => l.units).join('-') : 'no hidden layers');

/** The edit in a few words for the curves' marker: "units 4-2 → 5-2", "adam → sgd (fresh optimizer memory)". */
export function describeEdit(prev: PlaygroundConfig, next: PlaygroundConfig): string {
  const parts: string[] = [];
  if (units(prev) !== units(next)) parts.push(`units ${units(prev)} → ${units(next)}`);
  const activation = next.hidden.findIndex((l, i) => prev.hidden[i] && prev.hidden[i].activation !== l.activation);
  if (activation >= 0) parts.push(`layer ${activation + 1} ${prev.hidden[activation].activation} → ${next.hidden[activation].activation}`);
  if (prev.features.join() !== next.features.join() && isPlane(next.dataset)) parts.push('features');
  if (prev.dataset !== next.dataset) parts.push(`data ${prev.dataset} → ${next.dataset}`);
  else if (prev.noise !== next.noise || prev.samples !== next.samples || prev.validationSplit !== next.validationSplit || prev.classes !== next.classes) parts.push('data');
  if (prev.optimizer !== next.optimizer) parts.push(`${prev.optimizer} → ${next.optimizer} (fresh optimizer memory)`);
  if (prev.learningRate !== next.learningRate) parts.push(`learning rate ${prev.learningRate} → ${next.learningRate}`);
  if (prev.momentum !== next.momentum) parts.push(`momentum ${prev.momentum} → ${next.momentum}`);
  if (prev.loss !== next.loss) parts.push(`loss ${next.loss}`);
  if (prev.batchSize !== next.batchSize) parts.push(`batch ${prev.batchSize} → ${next.batchSize}`);
  if (prev.regularization !== next.regularization || prev.regularizationRate !== next.regularizationRate) {
    parts.push(next.regularization === 'none' ? 'no regularization' : `${next.regularization.toUpperCase()} ${next.regularizationRate}`);
  }
  return parts.join(', ');
}
