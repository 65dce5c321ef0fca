// Keras' fit(epochs=N) in the worker: Play trains exactly N epochs at every speed, then stops.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { fitEnd, fitEndOf } from '../setup/fit.ts';
import type { Speed } from '../setup/config.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

function harness() {
  const sent: WorkerMessage[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  // Each reading of the clock moves it 5 ms, so slow speeds owe a batch now and then.
  const runner = new PlaygroundRunner({ post: (msg) => sent.push(msg), schedule: (fn) => queue.push(fn), now: () => (clock += 5) });
  const last = () => sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
  const runUntilPaused = (maxTicks: number) => {
    for (let i = 0; i < maxTicks && queue.length; i++) {
      queue.shift()!();
      runner.handle({ type: 'ack' });
    }
  };
  return { runner, last, runUntilPaused, queued: () => queue.length };
}

describe('fit(epochs)', () => {
  for (const speed of [1, 3, 5] as Speed[]) {
    it(`stops at exactly the last epoch at speed ${speed}, and Play again fits as many more`, () => {
      const { runner, last, runUntilPaused, queued } = harness();
      runner.handle({ type: 'speed', speed });
      runner.handle({ type: 'configure', runId: 1, config: { ...DEFAULT_CONFIG, samples: 100, epochs: 3 } });
      runner.handle({ type: 'play' });
      runUntilPaused(100_000);
      expect(queued()).toBe(0);
      expect(last().playing).toBe(false);
      expect(last().epoch).toBe(3);
      runner.handle({ type: 'play' });
      runUntilPaused(100_000);
      expect(last().epoch).toBe(6);
    });
  }

  it('until paused keeps training', () => {
    const { runner, last, runUntilPaused, queued } = harness();
    runner.handle({ type: 'configure', runId: 1, config: { ...DEFAULT_CONFIG, samples: 100, epochs: null } });
    runner.handle({ type: 'play' });
    runUntilPaused(200);
    expect(queued()).toBe(1);
    expect(last().playing).toBe(true);
  });

  it('counts the fit a logged epoch belongs to as Keras prints it', () => {
    expect(fitEnd(0, 150)).toBe(150);
    expect(fitEnd(70, 150)).toBe(150);
    expect(fitEnd(150, 150)).toBe(300);
    expect(fitEnd(5, null)).toBe(Infinity);
    expect(fitEndOf(1, 150)).toBe(150);
    expect(fitEndOf(150, 150)).toBe(150);
    expect(fitEndOf(151, 150)).toBe(300);
    expect(fitEndOf(3, null)).toBe(null);
  });
});
