// Trying smaller learning rates before suggesting one: each candidate trains a fresh copy of the starting
// weights for a few batches of the training data, and only a rate whose loss clearly fell is offered.
import { createRng, type Dataset, type Model } from '../engine/index.ts';

/** Batches each candidate trains: enough to see the loss move, cheap enough to do once at detection. */
export const PROBE_BATCHES = 30;
/** Rows a loss is measured on: every k-th training row (a sorted file is still spread), cheap even for digits. */
const SAMPLE_ROWS = 256;
/** The whole probe stops trying further candidates after this long. */
const PROBE_BUDGET_MS = 150;
/** A rate "works" when its loss fell at least this much, and ended this much below the current rate's. */
const CLEAR_DROP = 0.9;

export interface RateTrial {
  rate: number;
  /** Loss on the sampled rows before and after the batches (Infinity when it blew up). */
  before: number;
  after: number;
  batches: number;
}

export interface ProbeOptions {
  /** The starting weights compiled with a given rate (a fresh optimizer each time). */
  build: (rate: number) => Model;
  train: Dataset;
  batchSize: number;
  current: number;
  minRate: number;
  /** Must a candidate also end clearly below the current rate? (Not after divergence: the current rate is known to fail.) */
  beatCurrent: boolean;
  seed: number;
  now: () => number;
}

export interface ProbeResult {
  /** The largest smaller rate that clearly worked, or null. */
  chosen: RateTrial | null;
  /** The current rate, tried the same way (null when there was no time). */
  current: RateTrial | null;
}

/** The rates tried, largest first: the current one, then a tenth, a hundredth and a thousandth of it. */
export function candidateRates(current: number, minRate: number): number[] {
  return [current / 10, current / 100, current / 1000].map((r) => Number(r.toPrecision(3))).filter((r) => r >= minRate);
}

/** The rows every loss here is measured on, so the numbers in one message agree. */
export function lossSample(train: Dataset): Dataset {
  const n = Math.min(SAMPLE_ROWS, train.n);
  const d = train.x.length / train.n;
  const k = train.y.length / train.n;
  const x = new Float64Array(n * d);
  const y = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const s = Math.floor((r * train.n) / n);
    x.set(train.x.subarray(s * d, s * d + d), r * d);
    y.set(train.y.subarray(s * k, s * k + k), r * k);
  }
  return { x, y, n };
}

export function probeRates(o: ProbeOptions): ProbeResult {
  const { train, now } = o;
  const d = train.x.length / train.n;
  const k = train.y.length / train.n;
  const rng = createRng(o.seed);
  const sample = (rows: number, x: Float64Array, y: Float64Array) => {
    for (let r = 0; r < rows; r++) {
      const s = rng.int(train.n);
      x.set(train.x.subarray(s * d, s * d + d), r * d);
      y.set(train.y.subarray(s * k, s * k + k), r * k);
    }
  };
  const measured = lossSample(train);
  // Every candidate sees the same batches, in the same order.
  const m = Math.min(o.batchSize, train.n);
  const batchX = new Float64Array(PROBE_BATCHES * m * d);
  const batchY = new Float64Array(PROBE_BATCHES * m * k);
  sample(PROBE_BATCHES * m, batchX, batchY);
  const lossOf = (model: Model) => {
    const { loss } = model.evaluateBatch(measured.x, measured.y, measured.n);
    return Number.isFinite(loss) && model.weightsFinite() ? loss : Infinity;
  };
  const trial = (rate: number): RateTrial => {
    const model = o.build(rate);
    const before = lossOf(model);
    let b = 0;
    for (; b < PROBE_BATCHES; b++) {
      const x = batchX.subarray(b * m * d, (b + 1) * m * d);
      const y = batchY.subarray(b * m * k, (b + 1) * m * k);
      if (!Number.isFinite(model.trainBatch(x, y, m).loss) || !model.weightsFinite()) break;
    }
    return { rate, before, after: b < PROBE_BATCHES ? Infinity : lossOf(model), batches: b };
  };
  const until = now() + PROBE_BUDGET_MS;
  const current = trial(o.current);
  for (const rate of candidateRates(o.current, o.minRate)) {
    if (now() > until) break;
    const t = trial(rate);
    if (t.after <= CLEAR_DROP * t.before && (!o.beatCurrent || t.after <= CLEAR_DROP * current.after)) return { chosen: t, current };
  }
  return { chosen: null, current };
}
