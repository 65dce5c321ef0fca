import { describe, expect, it } from 'vitest';
import { ABOVE_START_EPOCHS, detectStall, isHighRate, PLATEAU_EPOCHS } from './stall.ts';

// A deterministic wobble, as mini-batch noise.
const noise = (i: number, size: number) => size * Math.sin(i * 12.9898) * 0.5;

describe('detectStall', () => {
  it('says nothing before there are enough epochs to tell', () => {
    expect(detectStall({ startLoss: 0.7, losses: Array(ABOVE_START_EPOCHS - 1).fill(3) })).toBeNull();
  });

  it('finds a loss that never went below where it started (spiral, Adam at 10)', () => {
    const losses = Array.from({ length: 30 }, (_, i) => 2 + noise(i, 2));
    const stall = detectStall({ startLoss: 0.75, losses });
    expect(stall).toEqual({ reason: 'above-start', epochs: 30, best: expect.any(Number) });
    expect(stall!.best).toBeGreaterThanOrEqual(0.75);
  });

  it('counts the epochs since the loss was last below the start', () => {
    const losses = [0.6, 0.5, ...Array(25).fill(2)];
    expect(detectStall({ startLoss: 0.7, losses })).toMatchObject({ reason: 'above-start', epochs: 25 });
  });

  it('finds a plateau far above a good loss (the regression plane, Adam at 10)', () => {
    const losses = [31, 1, 0.26, ...Array.from({ length: PLATEAU_EPOCHS }, (_, i) => 1.5 + noise(i, 2))];
    expect(detectStall({ startLoss: 0.9, losses })).toMatchObject({ reason: 'plateau', epochs: PLATEAU_EPOCHS, best: expect.any(Number) });
  });

  it('leaves a noisy loss that is still going down alone', () => {
    const losses = Array.from({ length: 300 }, (_, i) => 0.7 * Math.exp(-i / 150) + Math.abs(noise(i, 0.08)));
    expect(detectStall({ startLoss: 0.72, losses })).toBeNull();
  });

  it('leaves a loss that has learned what it can alone', () => {
    const losses = [0.6, 0.3, 0.1, ...Array(100).fill(0.05)];
    expect(detectStall({ startLoss: 0.7, losses })).toBeNull();
  });
});

describe('isHighRate', () => {
  it('is 0.1 for Adam and RMSprop, 1 for SGD', () => {
    expect([isHighRate('adam', 0.1), isHighRate('rmsprop', 0.1), isHighRate('adam', 0.03)]).toEqual([true, true, false]);
    expect([isHighRate('sgd', 1), isHighRate('sgd', 0.3)]).toEqual([true, false]);
  });
});
