// The digits end to end in Node: the real asset as the build makes it, prepared as the page prepares it,
// trained by the worker's runner with the Digits card's network (784 -> 128 relu -> 10 softmax, Adam 0.001,
// batches of 32, a fifth of the digits held out as the test set).
import { describe, expect, it } from 'vitest';
import { buildMnist } from '../../scripts/vite-plugin-datasets.ts';
import { decodeMnist } from '../engine/datasets/mnist.ts';
import { defaultConfigFor } from '../setup/defaults.ts';
import { prepareSource } from '../tables/prepare.ts';
import type { EpochLog } from '../engine/index.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

describe('handwritten digits', () => {
  it('the Digits setup reaches 95% test accuracy within 12 epochs', async () => {
    const images = decodeMnist(await buildMnist());
    const config = defaultConfigFor('digits');
    expect(config).toMatchObject({ hidden: [{ units: 128, activation: 'relu' }], optimizer: 'adam', learningRate: 0.001, batchSize: 32, validationSplit: 0.2 });
    const prepared = prepareSource('digits', { kind: 'digits', images }, config.validationSplit, config.seed, 1);
    if (!prepared.ok) throw new Error(prepared.error.message);
    expect(prepared.table.trainCount).toBe(8000);
    expect(prepared.table.validationCount).toBe(2000);

    const sent: WorkerMessage[] = [];
    const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => performance.now() });
    runner.handle({ type: 'configure', runId: 1, config });
    runner.handle({ type: 'tableData', data: prepared.data });
    const log: EpochLog[] = [];
    for (let epoch = 1; epoch <= 12 && !(log.at(-1)?.val_accuracy! >= 0.95); epoch++) {
      runner.handle({ type: 'step', grain: 'epoch' });
      runner.handle({ type: 'ack' });
      const frame = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
      log.push(...frame.history);
    }
    const last = log.at(-1)!;
    console.log(log.map((r) => `epoch ${r.epoch}: loss ${r.loss.toFixed(4)} accuracy ${r.accuracy.toFixed(4)} val_loss ${r.val_loss.toFixed(4)} val_accuracy ${r.val_accuracy.toFixed(4)}`).join('\n'));
    expect(last.val_accuracy).toBeGreaterThanOrEqual(0.95);
  }, 90_000);
});
