// Setups to export in the checks (vitest, npm run verify:export): planes with every activation, tables,
// and the classic diabetes tutorial network. Weights come from a few epochs of the engine's own training.
import { createRng } from '../engine/index.ts';
import { createModel, type Model } from '../engine/index.ts';
import { createTrainer } from '../engine/index.ts';
import { generate2D, splitTrainValidation } from '../engine/datasets/datasets2d.ts';
import type { Dataset2DName, FeatureName } from '../engine/index.ts';
import type { ActivationName, LayerSpec } from '../engine/index.ts';
import { inputWidth, networkInputs, networkTargets, trainCount } from './data.ts';
import type { ExportCompile, ExportData, ExportFit, ExportInput, TableExportData } from './types.ts';

export function planeData(name: Dataset2DName, features: FeatureName[], opts: { samples?: number; classes?: number; validationSplit?: number; seed?: number } = {}): ExportData {
  const seed = opts.seed ?? 7;
  const all = generate2D({ name, numSamples: opts.samples ?? 200, noise: 10, seed, classes: opts.classes ?? 3 });
  const { train, validation } = splitTrainValidation(all, opts.validationSplit ?? 0.3, seed + 1);
  const points = new Float64Array([...train.x, ...validation.x]);
  const targets = new Float64Array([...train.y, ...validation.y]);
  return { kind: 'plane', name, task: train.task, classes: train.classes, points, targets, validationCount: validation.n, features };
}

/** A made-up table: d columns of varied scale, a class from their sum (or the sum itself, for regression). */
export function tableData(rows: number, d: number, task: 'binary' | 'multiclass' | 'regression', pixels = false): TableExportData {
  const rng = createRng(rows * 31 + d);
  const x = new Float64Array(rows * d);
  const targets = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = pixels ? Math.floor(rng.next() * 256) : (j + 1) * 10 * rng.next();
      x[i * d + j] = v;
      s += v / ((j + 1) * 10);
    }
    targets[i] = task === 'regression' ? 3 * s + rng.normal() : task === 'binary' ? Number(s > d / 2) : Math.min(2, Math.floor((s / d) * 3));
  }
  const validationCount = Math.round(rows * 0.2);
  const n = rows - validationCount;
  const mean = Array.from({ length: d }, (_, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i * d + j];
    return s / n;
  });
  const std = mean.map((m, j) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (x[i * d + j] - m) ** 2;
    return Math.sqrt(s / n);
  });
  const t = Array.from(targets.subarray(0, n));
  const tMean = t.reduce((a, b) => a + b, 0) / n;
  const tStd = Math.sqrt(t.reduce((a, b) => a + (b - tMean) ** 2, 0) / n);
  const classes = task === 'multiclass' ? 3 : task === 'binary' ? 2 : 0;
  return {
    kind: 'table',
    name: 'example',
    task,
    classes,
    classNames: Array.from({ length: classes }, (_, i) => `class "${i}"`),
    inputNames: Array.from({ length: d }, (_, j) => (pixels ? `pixel ${j}` : `Column ${j}, cm`)),
    targetName: 'Target',
    rows: x,
    targets,
    validationCount,
    preprocess: pixels ? { kind: 'pixels' } : { kind: 'standardize', mean, std },
    targetScale: task === 'regression' ? { mean: tMean, std: tStd } : null,
  };
}

const DEFAULT_COMPILE: ExportCompile = { optimizer: 'adam', learningRate: 0.01, momentum: 0, nesterov: false, loss: 'binary_crossentropy', l1: 0, l2: 0 };

/** An input with weights from `epochs` epochs of the engine's training (shuffled, seeded) from the initializer. */
export function exampleInput(
  data: ExportData,
  hidden: LayerSpec[],
  opts: { compile?: Partial<ExportCompile>; fit?: Partial<ExportFit>; initializer?: ExportInput['initializer']; trainEpochs?: number } = {},
): ExportInput {
  const output: { units: number; activation: ActivationName } =
    data.task === 'binary' ? { units: 1, activation: 'sigmoid' } : data.task === 'multiclass' ? { units: data.classes, activation: 'softmax' } : { units: 1, activation: 'linear' };
  const loss = data.task === 'binary' ? 'binary_crossentropy' : data.task === 'multiclass' ? 'categorical_crossentropy' : 'mse';
  const input: ExportInput = {
    spec: { inputs: inputWidth(data), layers: [...hidden, output] },
    compile: { ...DEFAULT_COMPILE, loss, ...opts.compile },
    fit: { epochs: 2, batchSize: 10, validationSplit: 0.3, shuffle: false, ...opts.fit },
    initializer: opts.initializer ?? 'glorot_uniform',
    seed: 3,
    params: new Float64Array(0),
    data,
  };
  const model = createModel(input.spec, { seed: input.seed, initializer: input.initializer });
  const trained = engineFit(model, input, opts.trainEpochs ?? 3, true);
  return { ...input, params: trained.getParams() };
}

/** Trains a compiled copy of `model` as the playground does (fresh optimiser state), epochs at a time. */
export function engineFit(model: Model, input: ExportInput, epochs: number, shuffle = input.fit.shuffle): Model {
  const { compile: c, data } = input;
  model.compile({ optimizer: c.optimizer, learningRate: c.learningRate, momentum: c.momentum, nesterov: c.nesterov, loss: c.loss, l1: c.l1, l2: c.l2 });
  const x = networkInputs(data);
  const y = networkTargets(data);
  const n = trainCount(data);
  const d = model.spec.inputs;
  const k = model.outputs;
  const trainer = createTrainer(model, { x: x.slice(0, n * d), y: y.slice(0, n * k), n }, { batchSize: input.fit.batchSize, shuffle, seed: input.seed });
  for (let e = 0; e < epochs; e++) trainer.step('epoch');
  return model;
}

/** The classic diabetes tutorial network for an 8-column CSV with a binary target. */
export function diabetesInput(): ExportInput {
  const data = tableData(768, 8, 'binary');
  const input = exampleInput(
    {
      ...data,
      name: 'diabetes.csv',
      inputNames: ['Pregnancies', 'Glucose', 'BloodPressure', 'SkinThickness', 'Insulin', 'BMI', 'DiabetesPedigreeFunction', 'Age'],
      targetName: 'Outcome',
      classNames: ['0', '1'],
    },
    [
      { units: 12, activation: 'relu' },
      { units: 8, activation: 'relu' },
    ],
    {
      initializer: 'random_uniform',
      compile: { optimizer: 'adam', learningRate: 0.001 },
      fit: { epochs: 150, batchSize: 10, validationSplit: 0.2, shuffle: true },
      trainEpochs: 1,
    },
  );
  return input;
}
