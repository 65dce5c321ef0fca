// npm run verify:export: runs the PyTorch export (forward, and --fit for a few epochs with shuffling off)
// under /usr/bin/python3 and compares it with the engine: the same weights, and the engine's own fit from
// them with the same batch order. Says so plainly when torch is missing (it is not in CI: ~4 minutes to install).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createModel } from '../src/engine/index.ts';
import { exportCode, exportPreview, type ExportInput } from '../src/export/index.ts';
import { engineFit, exampleInput, planeData, tableData } from '../src/export/examples.ts';

const PYTHON = '/usr/bin/python3';
const FIT_EPOCHS = 3;
const FORWARD_TOLERANCE = 1e-9;
const FIT_TOLERANCE = 1e-8;

const torch = spawnSync(PYTHON, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
if (torch.status !== 0) {
  console.log(`SKIPPED: ${PYTHON} has no torch, so the PyTorch export was not run. Install it with: apt-get install -y python3-torch`);
  process.exit(0);
}
console.log(`PyTorch ${torch.stdout.trim()} under ${PYTHON}`);

const inputs: [string, ExportInput][] = [
  [
    'circle, tanh + relu, Adam',
    exampleInput(planeData('circle', ['x1', 'x2', 'x1sq', 'x2sq']), [
      { units: 6, activation: 'tanh' },
      { units: 4, activation: 'relu' },
    ]),
  ],
  [
    'spiral, leaky_relu + elu, SGD nesterov, L2',
    exampleInput(
      planeData('spiral', ['x1', 'x2', 'sinx1', 'sinx2', 'x1x2']),
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
    'blobs (softmax), softplus + sigmoid, RMSprop, L1',
    exampleInput(
      planeData('blobs', ['x1', 'x2'], { classes: 4 }),
      [
        { units: 5, activation: 'softplus' },
        { units: 5, activation: 'sigmoid' },
      ],
      {
        compile: { optimizer: 'rmsprop', learningRate: 0.01, l1: 0.0005 },
      },
    ),
  ],
  [
    'table regression (mse, standardised target), SGD',
    exampleInput(tableData(200, 4, 'regression'), [{ units: 6, activation: 'tanh' }], { compile: { optimizer: 'sgd', learningRate: 0.05 } }),
  ],
  ['binary table with mse loss, Adam', exampleInput(tableData(200, 6, 'binary'), [{ units: 6, activation: 'relu' }], { compile: { loss: 'mse' } })],
];

const dir = mkdtempSync(join(tmpdir(), 'layerlab-verify-'));
let failed = 0;

function run(script: string, args: string[]): number[][] {
  const r = spawnSync(PYTHON, [script, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed:\n${r.stderr}`);
  return (JSON.parse(r.stdout) as { predictions: number[][] }).predictions;
}

function maxDifference(a: number[][], b: number[][]): number {
  return Math.max(...a.flatMap((row, i) => row.map((v, j) => Math.abs(v - b[i][j]))));
}

inputs.forEach(([label, base], i) => {
  const input: ExportInput = { ...base, fit: { ...base.fit, epochs: FIT_EPOCHS, shuffle: false } };
  const script = join(dir, `pytorch_${i}.py`);
  writeFileSync(script, exportCode('pytorch', input).files[0].content);
  const forward = maxDifference(run(script, []), exportPreview(input).predictions);
  const model = createModel(input.spec, { initializer: 'zeros' });
  model.setParams(input.params);
  engineFit(model, input, FIT_EPOCHS, false);
  const fitted = maxDifference(run(script, ['--fit']), exportPreview({ ...input, params: model.getParams() }).predictions);
  const ok = forward < FORWARD_TOLERANCE && fitted < FIT_TOLERANCE;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: forward max |diff| ${forward.toExponential(2)}, after ${FIT_EPOCHS} epochs of --fit ${fitted.toExponential(2)}`);
});
rmSync(dir, { recursive: true, force: true });
console.log(failed === 0 ? `all ${inputs.length} PyTorch exports agree with the engine` : `${failed} of ${inputs.length} PyTorch exports disagree with the engine`);
process.exit(failed === 0 ? 0 : 1);
