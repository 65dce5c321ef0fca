// One evaluation, one number: while training, the confusion matrix is taken at an epoch's end, on the
// very weights that epoch's log row (validation accuracy) was measured on.
import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import type { EpochLog } from '../engine/index.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

describe('a table’s evaluation while training', () => {
  it('agrees with the log row of the epoch it is labelled with', () => {
    const sent: WorkerMessage[] = [];
    const queue: (() => void)[] = [];
    let clock = 0;
    const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: (fn) => queue.push(fn), now: () => (clock += 0.5) });
    const config: PlaygroundConfig = {
      ...DEFAULT_CONFIG,
      dataset: 'noise',
      samples: 300,
      validationSplit: 0.3,
      hidden: [{ units: 16, activation: 'relu' }],
      loss: 'categorical_crossentropy',
      batchSize: 30,
    };
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, confusion: true } });
    runner.handle({ type: 'configure', runId: 1, config });
    runner.handle({ type: 'speed', speed: 5 });
    runner.handle({ type: 'play' });
    const log: EpochLog[] = [];
    const checked = new Set<number>();
    for (let i = 0; i < 400 && queue.length; i++) {
      queue.shift()!();
      runner.handle({ type: 'ack' });
      const f = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
      if (f.historyFrom === 0) log.length = 0;
      log.push(...f.history.slice(log.length - f.historyFrom));
      const e = f.evaluation;
      if (!e || e.epoch === 0 || checked.has(e.epoch)) continue;
      const row = log.find((r) => r.epoch === e.epoch)!;
      let right = 0;
      for (let c = 0; c < e.classes; c++) right += e.confusion![c * e.classes + c];
      expect(right / e.n).toBeCloseTo(row.val_accuracy, 12);
      checked.add(e.epoch);
    }
    runner.handle({ type: 'pause' });
    expect(checked.size).toBeGreaterThan(2);
  });
});
