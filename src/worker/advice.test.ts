// The worker's advice when training is not learning: found, tried and honest about what it tried.
import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { candidateRates } from './probe.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

function runnerFor(config: PlaygroundConfig) {
  const sent: WorkerMessage[] = [];
  let clock = 0;
  const runner = new PlaygroundRunner({ post: (msg) => sent.push(msg), schedule: () => {}, now: () => (clock += 0.01) });
  runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0 } });
  runner.handle({ type: 'configure', runId: 1, config });
  const last = () => sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
  const epochs = (n: number) => {
    for (let i = 0; i < n; i++) {
      runner.handle({ type: 'step', grain: 'epoch' });
      runner.handle({ type: 'ack' });
    }
    return last();
  };
  return { runner, last, epochs };
}

const spiral: PlaygroundConfig = { ...DEFAULT_CONFIG, dataset: 'spiral', optimizer: 'adam', learningRate: 10 };

describe('training that is not learning', () => {
  it('tries a tenth, a hundredth and a thousandth of the rate', () => {
    expect(candidateRates(10, 0.00001)).toEqual([1, 0.1, 0.01]);
    expect(candidateRates(0.0001, 0.00001)).toEqual([0.00001]);
  });

  it('spiral with Adam at 10: says so, suggests a rate it tried, and that rate learns', () => {
    const { runner, epochs } = runnerFor(spiral);
    expect(epochs(15).advice).toBeNull();
    const advice = epochs(40).advice!;
    expect(advice).toMatchObject({ kind: 'stalled', weight: null });
    expect(advice.message).toMatch(/^From epoch 1 to \d+ the loss never went below where it started \([\d.]+\)\. The learning rate 10 is probably too high for Adam\.$/);
    expect(candidateRates(10, 0.00001)).toContain(advice.suggestedRate);
    const [, from, to] = advice.tested!.match(/the loss fell from ([\d.]+) to ([\d.]+) in 30 batches/)!.map(Number);
    expect(to).toBeLessThan(0.9 * from);
    const start = Number(advice.message.match(/started \(([\d.]+)\)/)![1]);

    // The one click: that rate, fresh weights. The loss now goes well below where it started, and nothing is said.
    runner.handle({ type: 'configure', runId: 2, config: { ...spiral, learningRate: advice.suggestedRate! } });
    runner.handle({ type: 'reset' });
    const after = epochs(100);
    expect(after.advice).toBeNull();
    expect(after.history.at(-1)!.loss).toBeLessThan(0.9 * start);
  });

  it('the regression plane with Adam at 10: a plateau, and a rate that works', () => {
    const { epochs } = runnerFor({ ...DEFAULT_CONFIG, dataset: 'plane', loss: 'mse', optimizer: 'adam', learningRate: 10 });
    const advice = epochs(120).advice!;
    expect(advice.kind).toBe('stalled');
    expect(advice.message).toMatch(/The learning rate 10 is probably too high for Adam\.$/);
    expect(advice.suggestedRate).not.toBeNull();
  });

  it('says nothing while a sensible rate learns', () => {
    const { epochs } = runnerFor({ ...spiral, learningRate: 0.01 });
    expect(epochs(120).advice).toBeNull();
  });

  it('a huge typed weight is blamed, not the rate', () => {
    const { runner, epochs } = runnerFor({ ...DEFAULT_CONFIG, optimizer: 'sgd', learningRate: 0.03 });
    epochs(12);
    runner.handle({ type: 'setParam', layer: 2, unit: 0, input: 1, value: 500 });
    const advice = epochs(40).advice!;
    expect(advice.message).toMatch(
      /^From epoch 13 to 32 the loss never went below where it started \([\d.]+\)\. The weight from neuron 2 of layer 2 to the output neuron is 500 \(typed at epoch 12\): outputs saturate\. Set it back or press Reset\.$/,
    );
    expect(advice).toMatchObject({ kind: 'stalled', suggestedRate: null, tested: null, weight: { layer: 2, unit: 0, input: 1, previous: expect.any(Number) } });
    expect(Math.abs(advice.weight!.previous)).toBeLessThan(5);
    // Set back: the advice is answered.
    runner.handle({ type: 'setParam', layer: 2, unit: 0, input: 1, value: advice.weight!.previous });
    expect(epochs(1).advice).toBeNull();
  });

  it('after divergence, suggests a rate that was tried', () => {
    const { epochs } = runnerFor({ ...DEFAULT_CONFIG, dataset: 'plane', loss: 'mse', optimizer: 'sgd', learningRate: 10 });
    const f = epochs(20);
    expect(f.diverged).toMatch(/diverged/);
    expect(f.advice).toMatchObject({ kind: 'diverged', message: '', suggestedRate: 0.1 });
    expect(f.advice!.tested).toMatch(/^Tested on the starting weights: at 0\.1 the loss fell from [\d.]+ to [\d.]+ in 30 batches\.$/);
  });

  it('a typed input weight is named by its feature', () => {
    const { runner, epochs } = runnerFor({ ...DEFAULT_CONFIG, optimizer: 'sgd', learningRate: 10, dataset: 'plane', loss: 'mse' });
    runner.handle({ type: 'setParam', layer: 0, unit: 1, input: 0, value: 1e6 });
    const f = epochs(20);
    expect(f.diverged).toMatch(/diverged/);
    expect(f.advice).toMatchObject({
      kind: 'diverged',
      suggestedRate: null,
      message: 'The weight from x₁ to neuron 2 of layer 1 is 1000000 (typed at epoch 0): outputs saturate. Press Reset.',
    });
  });
});
