// The worker's behaviour, driven through its message contract with a fake host.
import { describe, expect, it } from 'vitest';
import type { FrameMessage, PlaygroundConfig, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

const base: PlaygroundConfig = {
  dataset: 'circle',
  noise: 0,
  validationSplit: 0.5,
  samples: 300,
  classes: 3,
  features: ['x1', 'x2'],
  hidden: [{ units: 4, activation: 'tanh' }, { units: 2, activation: 'tanh' }],
  loss: 'binary_crossentropy',
  optimizer: 'adam',
  learningRate: 0.03,
  momentum: 0,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
  initializer: 'glorot_uniform',
  seed: 1,
};

function harness() {
  const sent: WorkerMessage[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const runner = new PlaygroundRunner({
    post: (msg) => sent.push(msg),
    schedule: (fn) => queue.push(fn),
    now: () => (clock += 1),
  });
  const frames = () => sent.filter((m): m is FrameMessage => m.type === 'frame');
  return { runner, sent, frames, runQueued: (max: number) => { for (let i = 0; i < max && queue.length; i++) queue.shift()!(); } };
}

describe('training worker', () => {
  it('sends data and a first frame for a setup, then one frame per ack', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    expect(sent[0].type).toBe('data');
    expect(frames()).toHaveLength(1);
    const f = frames()[0];
    expect(f.runId).toBe(1);
    expect(f.params.length).toBe(2 * 4 + 4 + 4 * 2 + 2 + 2 * 1 + 1);
    expect(f.outputGrid.length).toBe(64 * 64);
    expect(f.neuronGrids.length).toBe((4 + 2 + 1) * 24 * 24);

    runner.handle({ type: 'step', grain: 'epoch' });
    expect(frames()).toHaveLength(1); // the first frame is still in flight
    runner.handle({ type: 'ack' });
    expect(frames()).toHaveLength(2);
    expect(frames()[1].epoch).toBe(1);
    expect(frames()[1].history).toHaveLength(1);
    expect(frames()[1].history[0].val_accuracy).toBeGreaterThan(0);
  });

  it('trains continuously while playing and reaches 95% validation accuracy on the circle', () => {
    const { runner, frames, runQueued } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'play' });
    for (let i = 0; i < 400; i++) {
      runQueued(1);
      runner.handle({ type: 'ack' });
    }
    runner.handle({ type: 'pause' });
    const last = frames().at(-1)!;
    const history = frames().flatMap((f) => f.history);
    expect(last.epoch).toBeGreaterThan(5);
    expect(history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('a typed weight takes effect at once; a learning-rate change keeps the weights', () => {
    const { runner, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'setParam', layer: 0, unit: 1, input: 0, value: 2.5 });
    runner.handle({ type: 'ack' });
    const params = frames().at(-1)!.params;
    expect(params[0 * 4 + 1]).toBe(2.5);
    runner.handle({ type: 'configure', runId: 2, config: { ...base, learningRate: 0.001 } });
    runner.handle({ type: 'ack' });
    expect(frames().at(-1)!.params).toEqual(params);
    expect(frames().at(-1)!.runId).toBe(2);
  });

  it('a setup the engine rejects is reported and the previous one keeps running', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'ack' });
    runner.handle({ type: 'configure', runId: 2, config: { ...base, loss: 'categorical_crossentropy' } });
    expect(sent.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/softmax/) });
    runner.handle({ type: 'step', grain: 'batch' });
    expect(frames().at(-1)!.runId).toBe(1);
    expect(frames().at(-1)!.iteration).toBe(1);
  });

  it('divergence pauses training and says so', () => {
    const { runner, frames, runQueued } = harness();
    runner.handle({ type: 'configure', runId: 1, config: { ...base, dataset: 'plane', loss: 'mse', optimizer: 'sgd', learningRate: 1e3, hidden: [{ units: 8, activation: 'relu' }] } });
    runner.handle({ type: 'play' });
    for (let i = 0; i < 50; i++) {
      runQueued(1);
      runner.handle({ type: 'ack' });
    }
    const last = frames().at(-1)!;
    expect(last.diverged).toMatch(/diverged/);
    expect(last.playing).toBe(false);
  });
});

describe('walkthrough support', () => {
  it('a lesson sets exact weights; one sample step matches the trace preview made from the frame', async () => {
    const { createModel } = await import('../engine/index.ts');
    const { runner, frames } = harness();
    const config: PlaygroundConfig = { ...base, hidden: [{ units: 2, activation: 'tanh' }], optimizer: 'adam', learningRate: 0.1 };
    runner.handle({ type: 'configure', runId: 1, config });
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, optimizer: true } });
    runner.handle({ type: 'setParams', params: [1, -1, 1, 1, 0, 0, 2, -1, 0] });
    runner.handle({ type: 'trainSample', x: [2, 3], y: [1] }); // warm Adam's memory
    runner.handle({ type: 'ack' });
    const f = frames().at(-1)!;
    // The main thread rebuilds the model from the frame and previews the next step...
    const local = createModel(f.spec).compile({ optimizer: 'adam', learningRate: 0.1, loss: 'binary_crossentropy' });
    local.setParams(f.params);
    local.setOptimizerState(f.optimizer!);
    const preview = local.trace([0.5, -1], [0]).backward!.layers;
    // ...and the worker's real step lands exactly there.
    runner.handle({ type: 'trainSample', x: [0.5, -1], y: [0] });
    runner.handle({ type: 'ack' });
    local.setParams(frames().at(-1)!.params);
    const after = local.getWeights();
    for (const b of preview) {
      expect(after[2 * b.layer]).toEqual(b.newKernel);
      expect(after[2 * b.layer + 1]).toEqual(b.newBias);
    }
  });
});
