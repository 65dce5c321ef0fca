// Is training stuck because the learning rate is too high? Pure: fed the epoch losses since the rate
// (or the weights) last changed, and the loss of the weights training started from.
import type { OptimizerName } from '../engine/index.ts';

/** After this many epochs, a loss that never went below where it started is stuck. */
export const ABOVE_START_EPOCHS = 20;
/** A loss that improved by less than PLATEAU_GAIN over this many epochs has stopped learning... */
export const PLATEAU_EPOCHS = 50;
const PLATEAU_GAIN = 0.01;
/** ...unless it is already well below where it started (then it may simply have learned what it can). */
const PLATEAU_STILL_HIGH = 0.5;

/**
 * A rate this high jumps over the valleys instead of going down into them. Adam and RMSprop step every
 * weight by about the rate, whatever its gradient: at 0.1 (100 × Keras' 0.001) a glorot weight of ~0.5 is
 * overwritten in a few batches. Plain SGD's step is the rate times the gradient, which sigmoid or softmax
 * outputs keep small, so it copes with ~10 × more (XOR learns at 3); 1 is 100 × its 0.01.
 */
export function isHighRate(optimizer: OptimizerName, learningRate: number): boolean {
  return learningRate >= (optimizer === 'sgd' ? 1 : 0.1);
}

export interface StallInput {
  /** The loss of the starting weights (before any batch at this rate). */
  startLoss: number;
  /** Every epoch's training loss since then, oldest first. */
  losses: readonly number[];
}

export interface Stall {
  reason: 'above-start' | 'plateau';
  /** For how many epochs it has been so. */
  epochs: number;
  /** The best loss of those epochs. */
  best: number;
}

/** A stall, or null while the loss is going down (noise included) or there are too few epochs to tell. */
export function detectStall({ startLoss, losses }: StallInput): Stall | null {
  const n = losses.length;
  if (!Number.isFinite(startLoss) || n < ABOVE_START_EPOCHS) return null;
  const best = (from: number, to = n) => Math.min(...losses.slice(from, to));
  const bestRecent = best(n - ABOVE_START_EPOCHS);
  if (bestRecent >= startLoss) {
    // How long it has stayed above: since the last epoch that went below the start, or from the beginning.
    let since = n;
    for (let i = n - 1; i >= 0; i--)
      if (losses[i] < startLoss) {
        since = n - 1 - i;
        break;
      }
    return { reason: 'above-start', epochs: since, best: bestRecent };
  }
  if (n <= PLATEAU_EPOCHS) return null;
  const bestWindow = best(n - PLATEAU_EPOCHS);
  const bestBefore = best(0, n - PLATEAU_EPOCHS);
  if (bestWindow > (1 - PLATEAU_GAIN) * bestBefore && bestWindow > PLATEAU_STILL_HIGH * startLoss) {
    return { reason: 'plateau', epochs: PLATEAU_EPOCHS, best: bestWindow };
  }
  return null;
}
