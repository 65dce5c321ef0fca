// Runs the exports: the NumPy script under /usr/bin/python3, the TF.js files through @tensorflow/tfjs,
// and the Keras script through Python's parser, its weight literals read back and compared exactly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCode, exportPreview, type ExportInput } from './index.ts';
import { exampleInput, planeData, tableData } from './examples.ts';
import { kerasValidationSplit } from './keras.ts';
import { layerWeights } from './data.ts';
import { tfjsModel } from './tfjs.ts';

const PYTHON = '/usr/bin/python3';

function python(args: string[], opts: { cwd?: string; input?: string } = {}): string {
  const r = spawnSync(PYTHON, args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python3 ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

const INPUTS: [string, () => ExportInput][] = [
  [
    'circle, tanh + relu',
    () =>
      exampleInput(planeData('circle', ['x1', 'x2']), [
        { units: 6, activation: 'tanh' },
        { units: 4, activation: 'relu' },
      ]),
  ],
  [
    'spiral with every feature, leaky_relu + elu, L2, SGD nesterov',
    () =>
      exampleInput(
        planeData('spiral', ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2']),
        [
          { units: 8, activation: 'leaky_relu' },
          { units: 5, activation: 'elu' },
        ],
        {
          compile: { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, nesterov: true, l2: 0.001 },
        },
      ),
  ],
  [
    'blobs (softmax), softplus + sigmoid + linear, L1, RMSprop',
    () =>
      exampleInput(
        planeData('blobs', ['x1', 'x2'], { classes: 4 }),
        [
          { units: 5, activation: 'softplus' },
          { units: 5, activation: 'sigmoid' },
          { units: 3, activation: 'linear' },
        ],
        {
          compile: { optimizer: 'rmsprop', learningRate: 0.01, l1: 0.0005 },
        },
      ),
  ],
  ['plane regression, no hidden layer', () => exampleInput(planeData('plane', ['x1', 'x2']), [], { compile: { optimizer: 'sgd', learningRate: 0.01 } })],
  ['table, 3 classes, standardised', () => exampleInput(tableData(150, 4, 'multiclass'), [{ units: 8, activation: 'relu' }], { initializer: 'he_normal' })],
  ['table regression, standardised target', () => exampleInput(tableData(120, 3, 'regression'), [{ units: 6, activation: 'tanh' }], { initializer: 'random_uniform' })],
  [
    'images, data in a file beside the script',
    () => exampleInput(tableData(40, 784, 'multiclass', true), [{ units: 16, activation: 'relu' }], { initializer: 'he_uniform', trainEpochs: 1 }),
  ],
];

let dir = '';
beforeAll(() => {
  const r = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`${PYTHON} cannot import numpy, so the exported Python cannot be checked. Install it: apt-get install -y python3-numpy`);
  }
  dir = mkdtempSync(join(tmpdir(), 'layerlab-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeFiles(input: ExportInput, kind: 'numpy' | 'keras', sub: string): string {
  const at = join(dir, sub);
  spawnSync('mkdir', ['-p', at]);
  const e = exportCode(kind, input);
  for (const f of e.files) writeFileSync(join(at, f.name), f.content);
  return join(at, e.files[0].name);
}

function maxDifference(a: number[][], b: number[][]): number {
  expect(a.length).toBe(b.length);
  let max = 0;
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i].length);
    row.forEach((v, j) => (max = Math.max(max, Math.abs(v - b[i][j]))));
  });
  return max;
}

describe('NumPy export, run by python3', () => {
  it.each(INPUTS)('%s: prints the engine predictions to 1e-9', (_, make) => {
    const input = make();
    const script = writeFiles(input, 'numpy', `numpy-${Math.random().toString(36).slice(2)}`);
    const lines = python([script]).trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]) as { inputs: number[][]; predictions: number[][] };
    const preview = exportPreview(input);
    expect(preview.predictions).toHaveLength(5);
    expect(maxDifference(printed.inputs, preview.inputs)).toBeLessThan(1e-12);
    expect(maxDifference(printed.predictions, preview.predictions)).toBeLessThan(1e-9);
  });
});

describe('TF.js export, loaded by @tensorflow/tfjs', () => {
  it.each(INPUTS.slice(0, 5))('%s: predicts as the engine, to float32', async (_, make) => {
    const input = make();
    const files = exportCode('tfjs', input).files;
    const manifest = JSON.parse(files[0].content as string);
    const weightData = (files[1].content as Uint8Array).slice().buffer;
    const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: manifest.modelTopology, weightSpecs: manifest.weightsManifest[0].weights, weightData }));
    const preview = exportPreview(input);
    const out = model.predict(tf.tensor2d(preview.inputs)) as tf.Tensor;
    const predicted = (await out.array()) as number[][];
    expect(maxDifference(predicted, preview.predictions)).toBeLessThan(1e-5);
    expect(tfjsModel(input).weightSpecs.map((w) => w.name)).toEqual(model.weights.map((w) => w.originalName));
    model.dispose();
  });
});

describe('Keras export', () => {
  it.each(INPUTS.slice(0, 5))('%s: is valid Python whose set_weights literals are the weights exactly', (_, make) => {
    const input = make();
    const script = writeFiles(input, 'keras', `keras-${Math.random().toString(36).slice(2)}`);
    // Every np.array([...]) inside model.set_weights([...]), read back with ast.literal_eval.
    const read = `
import ast, json, sys
tree = ast.parse(open(sys.argv[1]).read())
calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "attr", None) == "set_weights"]
assert len(calls) == 1, "one set_weights call"
arrays = calls[0].args[0].elts
print(json.dumps([ast.literal_eval(a.args[0]) for a in arrays]))
`;
    const weights = JSON.parse(python(['-c', read, script])) as (number[][] | number[])[];
    const expected = layerWeights(input).flatMap((w) => [w.kernel, w.bias]);
    expect(weights).toEqual(expected);
    const source = exportCode('keras', input).files[0].content as string;
    expect(source).toContain('keras.Sequential([');
    expect(source).toContain('model.fit(x, y, epochs=2, batch_size=10');
  });

  it('writes leaky_relu as a LeakyReLU layer with the engine slope, not the Keras 3 string (slope 0.2)', () => {
    const source = exportCode('keras', INPUTS[1][1]()).files[0].content as string;
    expect(source).toContain('keras.layers.LeakyReLU(negative_slope=0.3)');
    expect(source).not.toContain('"leaky_relu"');
  });

  it('picks a validation_split that makes Keras hold out exactly the validation rows', () => {
    for (let n = 50; n <= 2000; n += 7) {
      for (const split of [0.1, 0.2, 0.25, 0.3, 0.33, 0.5, 0.7, 0.9]) {
        const held = Math.min(Math.round(n * split), n - 1);
        const s = kerasValidationSplit(n, held, split);
        expect(Math.floor(n * (1 - s))).toBe(n - held);
      }
    }
  });
});
