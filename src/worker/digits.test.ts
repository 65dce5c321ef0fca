// The digits end to end in Node: the real asset as the build makes it, prepared as the page prepares it,
// trained by the worker's runner with the Digits card's network (784 -> 128 relu -> 10 softmax, Adam 0.001,
// batches of 32, a fifth of the digits held out as the test set). One epoch on a slice, so the unit suite
// stays fast; the full training to 95% is `npm run bench:mnist`.
import { describe, expect, it } from 'vitest';
import { buildMnist } from '../../scripts/vite-plugin-datasets.ts';
import { decodeMnist } from '../engine/datasets/mnist.ts';
import { defaultConfigFor } from '../setup/defaults.ts';
import type { TableData } from '../setup/tableData.ts';
import { prepareSource } from '../tables/prepare.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

/** The first `n` rows of a set. */
function rows(set: { x: Float64Array; y: Float64Array; n: number }, n: number) {
  const dx = set.x.length / set.n;
  const dy = set.y.length / set.n;
  return { x: set.x.slice(0, n * dx), y: set.y.slice(0, n * dy), n };
}

describe('handwritten digits', () => {
  it('the Digits setup trains an epoch on a slice: the right shapes, and better than chance', async () => {
    const images = decodeMnist(await buildMnist());
    const config = defaultConfigFor('digits');
    expect(config).toMatchObject({ hidden: [{ units: 128, activation: 'relu' }], optimizer: 'adam', learningRate: 0.001, batchSize: 32, validationSplit: 0.2 });
    const prepared = prepareSource('digits', { kind: 'digits', images }, { validationSplit: config.validationSplit, validationRows: 'shuffled', seed: config.seed }, 1);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.table.trainCount).toBe(8000);
    expect(prepared.table.validationCount).toBe(2000);
    const slice: TableData = { ...prepared.data, train: rows(prepared.data.train, 960), validation: rows(prepared.data.validation!, 300) };

    const sent: WorkerMessage[] = [];
    const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => performance.now() });
    runner.handle({ type: 'configure', runId: 1, config });
    runner.handle({ type: 'tableData', data: slice });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    const frame = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
    expect(frame.spec).toEqual({
      inputs: 784,
      layers: [
        { units: 128, activation: 'relu' },
        { units: 10, activation: 'softmax' },
      ],
    });
    expect(frame.params).toHaveLength(784 * 128 + 128 + 128 * 10 + 10);
    expect(frame).toMatchObject({ epoch: 1, iteration: 30, batchesPerEpoch: 30, outputGridSize: 0, neuronGridSize: 0 });
    const [log] = frame.history;
    expect(frame.history).toHaveLength(1);
    expect(Number.isFinite(log.loss)).toBe(true);
    // Ten classes: chance is 10%.
    expect(log.val_accuracy).toBeGreaterThan(0.4);
  }, 30_000);
});
