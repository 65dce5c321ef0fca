// The data a run trains on, built from a setup (and, for a table, the page's prepared table).
import { applyFeatures, generate2D, oneHot, randomNoise, splitTrainValidation, type Dataset, type Points2D } from '../engine/index.ts';
import { isPlane, isTableSource, NOISE_SHAPE } from '../setup/catalogue.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { dataShapeOf, heldOutCount, lossesFor } from '../setup/rules.ts';
import { shapeOfTable, type DataShape } from '../setup/shape.ts';
import type { TableData } from '../setup/tableData.ts';
import type { DataMessage } from './protocol.ts';

/** Training data in the worker: points of a plane, or the rows of a table (noise included). */
export type RunData =
  | { kind: 'plane'; train: Points2D; validation: Points2D }
  | {
      kind: 'table';
      shape: DataShape;
      train: Dataset;
      validation: Dataset | null;
      /** Reported apart, never trained or tuned on (all of MNIST's official test images). */
      test: Dataset | null;
      /** Regression: how to turn the standardised target back into the file's units. */
      targetScale: { mean: number; std: number } | null;
      image: boolean;
    };

/**
 * Are these data made for this setup: same source, split and seed, and a loss that fits their task?
 * (A new CSV may change the task; the setup that fits it follows the data, or comes just before it.)
 */
export function tableFits(table: TableData | null, c: PlaygroundConfig): table is TableData {
  return (
    table !== null &&
    table.source === c.dataset &&
    table.validationSplit === c.validationSplit &&
    table.validationRows === c.validationRows &&
    table.seed === c.seed &&
    lossesFor(table.task).includes(c.loss)
  );
}

export function shapeFor(c: PlaygroundConfig, table: TableData | null): DataShape {
  return dataShapeOf(c, isTableSource(c.dataset) ? shapeOfTable(table!) : null);
}

/** What the data depend on: the same key means the same rows. */
export function dataKeyOf(c: PlaygroundConfig, table: TableData | null): string {
  // The problem too: the page colours the points by their task, which comes with the data.
  if (isPlane(c.dataset)) return JSON.stringify([c.dataset, c.noise, c.validationSplit, c.samples, c.classes, c.seed, c.problem]);
  if (c.dataset === 'noise') return JSON.stringify([c.dataset, c.validationSplit, c.samples, c.seed]);
  return JSON.stringify([c.dataset, table?.id ?? -1, c.validationSplit, c.seed]);
}

export function makeData(c: PlaygroundConfig, table: TableData | null): RunData {
  if (isPlane(c.dataset)) {
    const all = generate2D({ name: c.dataset, numSamples: c.samples, noise: c.noise, seed: c.seed, classes: c.classes });
    return { kind: 'plane', ...splitTrainValidation(all, c.validationSplit, c.seed + 1) };
  }
  if (c.dataset === 'noise') {
    const { inputs: d, classes } = NOISE_SHAPE;
    const noise = randomNoise({ samples: c.samples, features: d, classes, seed: c.seed });
    // The rows are independent draws, so holding out the last ones is as random as any other choice.
    const cut = noise.n - heldOutCount(noise.n, c.validationSplit);
    const rows = (from: number, to: number): Dataset => ({ x: noise.x.slice(from * d, to * d), y: oneHot(noise.y.slice(from, to), classes), n: to - from });
    return { kind: 'table', shape: NOISE_SHAPE, train: rows(0, cut), validation: cut < noise.n ? rows(cut, noise.n) : null, test: null, targetScale: null, image: false };
  }
  const t = table!;
  return {
    kind: 'table',
    shape: shapeOfTable(t),
    train: t.train,
    validation: t.validation && t.validation.n > 0 ? t.validation : null,
    test: t.test && t.test.n > 0 ? t.test : null,
    targetScale: t.targetScale,
    image: t.image !== undefined,
  };
}

/** The rows the trainer sees: a plane's points through the chosen features, a table as it is. */
export function trainingSets(data: RunData, c: PlaygroundConfig): { train: Dataset; validation: Dataset | null } {
  if (data.kind === 'table') return { train: data.train, validation: data.validation };
  const toDataset = (p: Points2D): Dataset => ({
    x: applyFeatures(p.x, p.n, c.features),
    y: p.task === 'multiclass' ? oneHot(p.y, p.classes) : Float64Array.from(p.y),
    n: p.n,
  });
  return { train: toDataset(data.train), validation: data.validation.n > 0 ? toDataset(data.validation) : null };
}

/** The points the page draws for a run's data (a plane's; none for a table), with its task. */
export function dataMessage(runId: number, shape: DataShape, data: RunData): DataMessage {
  const plane = data.kind === 'plane' ? data : null;
  const empty = new Float64Array(0);
  return {
    type: 'data',
    runId,
    task: shape.task,
    classes: shape.classes,
    trainX: plane ? plane.train.x.slice() : empty,
    trainY: plane ? plane.train.y.slice() : empty,
    validationX: plane ? plane.validation.x.slice() : empty,
    validationY: plane ? plane.validation.y.slice() : empty,
  };
}
