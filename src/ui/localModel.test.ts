// The walkthrough's main-thread copy of the network previews the step the worker then takes,
// whatever the optimiser and penalty (so its copy of the worker's compile options is the worker's).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import type { FrameMessage, WorkerMessage } from '../worker/protocol.ts';
import { PlaygroundRunner } from '../worker/runner.ts';
import { buildLocalModel, compileOptionsOf } from './localModel.ts';
import { makeSample } from './walkthrough/sample.ts';

function harness() {
  const sent: WorkerMessage[] = [];
  let clock = 0;
  const runner = new PlaygroundRunner({ post: (msg) => sent.push(msg), schedule: () => {}, now: () => (clock += 1) });
  const lastFrame = () => sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
  return { runner, lastFrame };
}

const SETUPS: Partial<PlaygroundConfig>[] = [
  { optimizer: 'sgd', learningRate: 0.1, momentum: 0 },
  { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, regularization: 'l2', regularizationRate: 0.01 },
  { optimizer: 'adam', learningRate: 0.03, regularization: 'l1', regularizationRate: 0.003 },
  { optimizer: 'rmsprop', learningRate: 0.01 },
  { dataset: 'blobs', classes: 4, loss: 'categorical_crossentropy', optimizer: 'adam', learningRate: 0.01, features: ['x1', 'x2', 'x1x2'] },
  { dataset: 'plane', loss: 'mse', optimizer: 'sgd', learningRate: 0.01, momentum: 0.5, hidden: [{ units: 3, activation: 'relu' }] },
];

describe('the walkthrough’s preview is the worker’s next step', () => {
  for (const change of SETUPS) {
    it(JSON.stringify(change), () => {
      const config: PlaygroundConfig = { ...DEFAULT_CONFIG, ...change };
      const { runner, lastFrame } = harness();
      runner.handle({ type: 'configure', runId: 1, config });
      runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, optimizer: true } });
      runner.handle({ type: 'step', grain: 'batch' }); // warm the optimiser's memory
      runner.handle({ type: 'ack' });
      runner.handle({ type: 'step', grain: 'batch' });
      runner.handle({ type: 'ack' });
      const frame = lastFrame();
      const local = buildLocalModel({ spec: frame.spec, params: frame.params, optimizer: frame.optimizer, compile: compileOptionsOf(config) });
      const task = config.dataset === 'blobs' ? 'multiclass' : config.dataset === 'plane' ? 'regression' : 'binary';
      const sample = makeSample([1.5, -0.75], task === 'multiclass' ? 2 : task === 'binary' ? 1 : 0.4, config.features, task, config.classes);
      const preview = local.trace(sample.features, sample.target).backward!.layers;

      runner.handle({ type: 'trainSample', x: sample.features, y: sample.target });
      runner.handle({ type: 'ack' });
      local.setParams(lastFrame().params);
      const after = local.getWeights();
      // Equal to the last bit or two: the trace adds its gradients up one at a time, training in batched loops.
      for (const b of preview) {
        (after[2 * b.layer] as number[][]).forEach((row, i) => row.forEach((w, j) => expect(w).toBeCloseTo(b.newKernel[i][j], 12)));
        (after[2 * b.layer + 1] as number[]).forEach((w, j) => expect(w).toBeCloseTo(b.newBias[j], 12));
      }
    });
  }
});
