// The walkthrough on a table: its sample is a validation row exactly as the worker trains on it, and
// what the steps show for that row is the engine's own trace.
import { describe, expect, it } from 'vitest';
import { buildIris } from '../../../scripts/vite-plugin-datasets.ts';
import { createModel, createRng } from '../../engine/index.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { compileOptionsOf, modelSpecOf, taskOf } from '../../setup/rules.ts';
import { shapeOfTable } from '../../setup/shape.ts';
import { prepareSource, type PreparedTable } from '../../tables/prepare.ts';
import { chooseTableRow } from './useWalkthrough.ts';
import { lossView, MAX_TERMS, neuronView, softmaxView } from './viewModel.ts';
import { noiseRows, tableRowCount, tableRowSample } from './tableSample.ts';

const config: PlaygroundConfig = {
  dataset: 'iris',
  noise: 0,
  validationSplit: 0.2,
  validationRows: 'shuffled',
  samples: 300,
  classes: 3,
  problem: 'classification',
  features: ['x1', 'x2'],
  hidden: [{ units: 5, activation: 'tanh' }],
  loss: 'categorical_crossentropy',
  optimizer: 'sgd',
  learningRate: 0.1,
  momentum: 0,
  batchSize: 10,
  epochs: 100,
  regularization: 'l2',
  regularizationRate: 0.001,
  initializer: 'glorot_uniform',
  seed: 4,
};

describe('the walkthrough on a table row', () => {
  const prepared = prepareSource(
    'iris',
    { kind: 'tabular', name: 'iris', raw: buildIris() },
    { validationSplit: config.validationSplit, validationRows: 'shuffled', seed: config.seed },
    1,
  );
  if (!prepared.ok) throw new Error(prepared.error.message);
  const { data, table } = prepared;
  const validation = data.validation!;
  const d = table.inputNames.length;
  const k = table.classes;

  it('takes the row the worker validates on: standardised inputs and a one-hot target', () => {
    expect(tableRowCount(table)).toBe(validation.n);
    for (const i of [0, 7, validation.n - 1]) {
      const sample = tableRowSample(table, i)!;
      expect(sample.point).toBeNull();
      expect(sample.features).toEqual(Array.from(validation.x.subarray(i * d, (i + 1) * d)));
      expect(sample.target).toEqual(Array.from(validation.y.subarray(i * k, (i + 1) * k)));
      expect(sample.target[sample.label]).toBe(1);
    }
    expect(tableRowSample(table, validation.n)).toBeNull();
    expect(tableRowSample(table, -1)).toBeNull();
  });

  it('follows the followed row, the first by default', () => {
    expect(chooseTableRow(table, null)!.origin).toEqual({ kind: 'row', index: 0, count: validation.n, drawn: false });
    const followed = chooseTableRow(table, { origin: 'row', index: 3, x: new Float64Array(d) })!;
    expect(followed.origin).toMatchObject({ index: 3 });
    expect(followed.sample.features).toEqual(tableRowSample(table, 3)!.features);
  });

  it('shows the trace’s numbers for the row, under the worker’s compile options', () => {
    const shape = shapeOfTable(table);
    const spec = modelSpecOf(config, shape);
    const model = createModel(spec, { seed: 2 }).compile(compileOptionsOf(config, taskOf('iris', shape)));
    const sample = chooseTableRow(table, { origin: 'row', index: 5, x: new Float64Array(d) })!.sample;
    const trace = model.trace(sample.features, sample.target);
    // The batched forward pass adds in another order: the same to the last digit or two.
    model.predict([sample.features])[0].forEach((p, j) => expect(trace.forward.output[j]).toBeCloseTo(p, 12));

    for (let j = 0; j < 5; j++) {
      const view = neuronView(trace, spec, table.inputNames, 0, j);
      const n = trace.forward.layers[0].neurons[j];
      expect(view.terms.map((t) => t.symbol)).toEqual(table.inputNames);
      expect(view.terms.map((t) => t.x)).toEqual(sample.features);
      expect(view.terms.map((t) => t.term)).toEqual(n.terms);
      expect([view.z, view.a, view.bias]).toEqual([n.z, n.a, n.bias]);
      expect(view.terms.reduce((s, t) => s + t.term, view.bias)).toBeCloseTo(view.z, 12);
    }
    const softmax = softmaxView(trace, 1);
    expect(softmax.rows.map((r) => r.share)).toEqual(trace.forward.output);
    const loss = lossView(trace, 'multiclass');
    expect(loss.value).toBe(trace.backward!.value);
    expect(loss.rows.map((r) => r.y)).toEqual(sample.target);
    expect(loss.prediction).toMatchObject({ kind: 'multiclass', target: sample.label });
    expect(table.classNames[sample.label]).toMatch(/setosa|versicolor|virginica/);
  });
});

describe('the walkthrough on a digit', () => {
  const rows = 28;
  const cols = 28;
  const dIn = rows * cols;
  const rng = createRng(5);
  const images = new Uint8Array(3 * dIn).map(() => (rng.next() < 0.2 ? Math.floor(rng.uniform(1, 256)) : 0));
  const table: PreparedTable = {
    source: 'digits',
    id: 1,
    validationSplit: 0.2,
    validationRows: 'shuffled',
    seed: 1,
    task: 'multiclass',
    classes: 10,
    classNames: Array.from({ length: 10 }, (_, c) => String(c)),
    inputNames: Array.from({ length: dIn }, (_, i) => `pixel (${Math.floor(i / cols) + 1}, ${(i % cols) + 1})`),
    targetName: 'Digit',
    image: { rows, cols },
    trainCount: 10,
    validationCount: 3,
    testCount: 0,
    leftOut: null,
    unit: null,
    stats: null,
    targetScale: null,
    validationX: new Float64Array(0),
    validationTargets: Float64Array.from([7, 2, 1]),
    validationImages: images,
    meanImage: null,
    fileName: null,
    columns: null,
    rows: 13,
  };

  it('is its pixels ÷ 255, and a first-layer neuron shows its largest terms and sums the rest', () => {
    const sample = tableRowSample(table, 1)!;
    expect(sample.features).toEqual(Array.from(images.subarray(dIn, 2 * dIn), (v) => v / 255));
    expect(sample.label).toBe(2);
    expect(sample.target).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);

    const spec = modelSpecOf({ ...config, dataset: 'digits', hidden: [{ units: 16, activation: 'relu' }] }, shapeOfTable(table));
    const model = createModel(spec, { seed: 1 }).compile(compileOptionsOf(config, 'multiclass'));
    const trace = model.trace(sample.features, sample.target);
    const view = neuronView(trace, spec, table.inputNames, 0, 3);
    const n = trace.forward.layers[0].neurons[3];
    expect(view.terms).toHaveLength(MAX_TERMS - 1);
    expect(view.rest!.count).toBe(dIn - (MAX_TERMS - 1));
    for (const t of view.terms) {
      expect(t.symbol).toBe(table.inputNames[t.input]);
      expect(t.x).toBe(sample.features[t.input]);
      expect(t.term).toBe(n.terms[t.input]);
    }
    // The shown terms are the largest, and with the rest and the bias they add up to z.
    const smallestShown = Math.min(...view.terms.map((t) => Math.abs(t.term)));
    const shown = new Set(view.terms.map((t) => t.input));
    expect(n.terms.every((v, i) => shown.has(i) || Math.abs(v) <= smallestShown)).toBe(true);
    expect(view.terms.reduce((s, t) => s + t.term, view.rest!.sum + view.bias)).toBeCloseTo(view.z, 10);
    expect(view.z).toBe(n.z);
  });
});

describe('the walkthrough on noise', () => {
  it('follows the validation rows the worker makes from the same seed', () => {
    const rows = noiseRows(200, 0.25, 3);
    expect(rows.count).toBe(50);
    const s = rows.sample(0)!;
    expect(s.features).toHaveLength(100);
    expect(s.target.reduce((a, b) => a + b, 0)).toBe(1);
    expect(s.target[s.label]).toBe(1);
    expect(rows.sample(50)).toBeNull();
  });
});
