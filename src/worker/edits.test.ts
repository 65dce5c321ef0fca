// Edits keep what was learned: the runner carries weights, progress and the log across setup edits.
import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import type { FrameMessage, NoticeMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

const base: PlaygroundConfig = {
  ...DEFAULT_CONFIG,
  hidden: [
    { units: 3, activation: 'tanh' },
    { units: 2, activation: 'tanh' },
  ],
  samples: 100,
};

function trained(epochs = 3) {
  const sent: WorkerMessage[] = [];
  const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => 0 });
  let runId = 1;
  const last = () => sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
  const configure = (config: PlaygroundConfig) => {
    runner.handle({ type: 'configure', runId: ++runId, config });
    runner.handle({ type: 'ack' });
    return last();
  };
  runner.handle({ type: 'configure', runId, config: base });
  for (let i = 0; i < epochs; i++) {
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
  }
  return { sent, configure, before: last(), notices: () => sent.filter((m): m is NoticeMessage => m.type === 'notice') };
}

/** Layer l's kernel (inputs x units, row-major) and bias out of flat Keras-order params. */
function layer(params: Float64Array, shapes: [number, number][], l: number) {
  let at = 0;
  for (let i = 0; i < l; i++) at += (shapes[i][0] + 1) * shapes[i][1];
  const [inputs, units] = shapes[l];
  const kernel = (i: number, j: number) => params[at + i * units + j];
  const bias = (j: number) => params[at + inputs * units + j];
  return { kernel, bias };
}

describe('editing the setup', () => {
  it('adding a neuron keeps every existing weight, goes on from the same epoch and marks it', () => {
    const { configure, before } = trained();
    const after = configure({
      ...base,
      hidden: [
        { units: 4, activation: 'tanh' },
        { units: 2, activation: 'tanh' },
      ],
    });
    const old = [
      [2, 3],
      [3, 2],
      [2, 1],
    ] as [number, number][];
    const now = [
      [2, 4],
      [4, 2],
      [2, 1],
    ] as [number, number][];
    for (let l = 0; l < 3; l++) {
      const a = layer(before.params, old, l);
      const b = layer(after.params, now, l);
      for (let j = 0; j < old[l][1]; j++) {
        expect(b.bias(j)).toBe(a.bias(j));
        for (let i = 0; i < old[l][0]; i++) expect(b.kernel(i, j)).toBe(a.kernel(i, j));
      }
    }
    expect(after).toMatchObject({ epoch: 3, iteration: before.iteration, historyFrom: 0 });
    expect(after.history).toEqual(before.history.length ? expect.arrayContaining(before.history) : []);
    expect(after.marks).toEqual([{ epoch: 3, label: 'units 3-2 → 4-2' }]);
  });

  it('changing an activation, the learning rate, the batch size or regularization keeps every weight', () => {
    const { configure, before } = trained();
    for (const edit of [
      {
        hidden: [
          { units: 3, activation: 'relu' as const },
          { units: 2, activation: 'tanh' as const },
        ],
      },
      { learningRate: 0.3 },
      { batchSize: 25 },
      { regularization: 'l2' as const, regularizationRate: 0.001 },
    ]) {
      const after = configure({ ...base, ...edit });
      expect(Array.from(after.params)).toEqual(Array.from(before.params));
      expect(after.epoch).toBe(3);
    }
  });

  it('several edits at one epoch make one mark; an optimizer change says its memory starts afresh', () => {
    const { configure } = trained();
    configure({ ...base, learningRate: 0.1 });
    const after = configure({ ...base, learningRate: 0.1, optimizer: 'sgd' });
    expect(after.marks).toEqual([{ epoch: 3, label: 'adam → sgd (fresh optimizer memory), learning rate 0.01 → 0.1' }]);
  });

  it('turning on a feature keeps the weights of the features that were on', () => {
    const { configure, before } = trained();
    const after = configure({ ...base, features: ['x1', 'x1sq', 'x2'] });
    const a = layer(before.params, [[2, 3]], 0);
    const b = layer(after.params, [[3, 3]], 0);
    for (let j = 0; j < 3; j++) {
      expect(b.kernel(0, j)).toBe(a.kernel(0, j)); // x1 stays x1
      expect(b.kernel(2, j)).toBe(a.kernel(1, j)); // x2 moved one down
    }
  });

  it('another plane dataset with the same inputs keeps the weights and the epoch', () => {
    const { configure, before } = trained();
    const after = configure({ ...base, dataset: 'xor' });
    expect(Array.from(after.params)).toEqual(Array.from(before.params));
    expect(after.epoch).toBe(3);
    expect(after.marks?.at(-1)?.label).toBe('data circle → xor');
  });

  it('a new seed or initializer gives fresh weights from epoch 0, and says so', () => {
    const { configure, before, notices } = trained();
    const after = configure({ ...base, seed: 2 });
    expect(Array.from(after.params)).not.toEqual(Array.from(before.params));
    expect(after).toMatchObject({ epoch: 0, iteration: 0, marks: [] });
    expect(notices().at(-1)!.text).toBe('Fresh weights: the seed is now 2, so training starts again from epoch 0.');
    configure({ ...base, seed: 2, initializer: 'he_normal' });
    expect(notices().at(-1)!.text).toBe('Fresh weights: the initializer is now he_normal, so training starts again from epoch 0.');
  });
});

describe('random noise', () => {
  it('adding a layer keeps the learned weights of its 100 inputs (the map once had one entry and the worker threw)', () => {
    const sent: WorkerMessage[] = [];
    const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => 0 });
    const noise: PlaygroundConfig = { ...base, dataset: 'noise', hidden: [{ units: 4, activation: 'relu' }], loss: 'categorical_crossentropy' };
    runner.handle({ type: 'configure', runId: 1, config: noise });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    const before = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
    runner.handle({ type: 'configure', runId: 2, config: { ...noise, hidden: [...noise.hidden, { units: 3, activation: 'relu' }] } });
    runner.handle({ type: 'ack' });
    expect(sent.filter((m) => m.type === 'error')).toEqual([]);
    const after = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
    expect(after.epoch).toBe(before.epoch);
    // The first layer (100 inputs x 4 units, then 4 biases) is carried over exactly.
    expect(Array.from(after.params.subarray(0, 404))).toEqual(Array.from(before.params.subarray(0, 404)));
  });
});
