// The built-in 2-D datasets, after TensorFlow Playground's (github.com/tensorflow/playground, dataset.ts).
// Every point lies in the square [-DOMAIN, DOMAIN]², the plane the playground draws.
//
// Classification noise moves points rather than flipping labels, so every class keeps exactly its
// share of the points; the visible effect (classes bleeding across the boundary) is the same.
// Points come grouped by class; splitTrainValidation shuffles them.

import { createRng, shuffleInPlace, type Rng } from '../random.ts';
import { EngineError } from '../types.ts';
import { DATASET_INFO, DATASETS_2D, DOMAIN, DEFAULT_CLASSES, MAX_CLASSES, MAX_VALIDATION_FRACTION, MIN_CLASSES, NOISE_MAX, type Dataset2DName, type Task } from './names.ts';

export interface Dataset2DOptions {
  name: Dataset2DName;
  numSamples: number;
  /** 0..50, in percent, as TensorFlow Playground's noise slider. */
  noise: number;
  seed: number;
  /** Number of classes for blobs and spirals, 3..6 (default 3); other datasets ignore it. */
  classes?: number;
}

export interface Points2D {
  /** n*2 values, row-major (x1, x2). */
  x: Float64Array;
  /** n values: a class index 0..classes-1, or a regression target in [-1, 1]. */
  y: Float64Array;
  n: number;
  task: Task;
  /** 2 for binary, k for multiclass, 0 for regression. */
  classes: number;
}

/** Appends one point and its label or target. */
type Emit = (x1: number, x2: number, label: number) => void;

/** Fills the points of one dataset; `f` is the noise as a fraction, 0..0.5. */
type Generator = (emit: Emit, counts: readonly number[], f: number, rng: Rng) => void;

export function generate2D(opts: Dataset2DOptions): Points2D {
  const { name, numSamples: n, noise, seed } = opts;
  if (!(DATASETS_2D as readonly string[]).includes(name)) {
    throw new EngineError(`unknown dataset "${String(name)}"; expected one of ${DATASETS_2D.join(', ')}`, 'name');
  }
  requireInteger(n, 1, Infinity, 'numSamples', 'the number of points');
  if (!(Number.isFinite(noise) && noise >= 0 && noise <= NOISE_MAX)) {
    throw new EngineError(`noise must be a percentage from 0 to ${NOISE_MAX}, got ${noise}`, 'noise');
  }
  requireInteger(seed, -Infinity, Infinity, 'seed', 'the seed');

  const task = DATASET_INFO[name].task;
  const classes = task === 'regression' ? 0 : task === 'binary' ? 2 : (opts.classes ?? DEFAULT_CLASSES);
  if (task === 'multiclass') requireInteger(classes, MIN_CLASSES, MAX_CLASSES, 'classes', 'the number of classes');

  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  let row = 0;
  const emit: Emit = (x1, x2, label) => {
    x[2 * row] = x1;
    x[2 * row + 1] = x2;
    y[row] = label;
    row++;
  };
  // Regression sets have a single "class" holding every point.
  const counts = classCounts(n, Math.max(classes, 1));
  GENERATORS[name](emit, counts, noise / 100, createRng(seed));
  return { x, y, n, task, classes };
}

/** n split as evenly as possible over k classes, the remainder going to the first classes. */
export function classCounts(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, c) => Math.floor(n / k) + (c < n % k ? 1 : 0));
}

/**
 * Shuffles (seeded) and holds out the last `validationFraction` of the points for validation.
 * The training set always keeps at least one point.
 */
export function splitTrainValidation(points: Points2D, validationFraction: number, seed: number): { train: Points2D; validation: Points2D } {
  if (!(Number.isFinite(validationFraction) && validationFraction >= 0 && validationFraction <= MAX_VALIDATION_FRACTION)) {
    throw new EngineError(`the validation fraction must be between 0 and ${MAX_VALIDATION_FRACTION}, got ${validationFraction}`, 'validationFraction');
  }
  requireInteger(seed, -Infinity, Infinity, 'seed', 'the seed');
  const { n } = points;
  if (points.x.length !== n * 2 || points.y.length !== n) {
    throw new EngineError(`expected ${n * 2} coordinates and ${n} labels, got ${points.x.length} and ${points.y.length}`, 'points');
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, createRng(seed));
  const numValidation = Math.min(Math.round(n * validationFraction), Math.max(n - 1, 0));
  const cut = n - numValidation;
  return { train: pick(points, order.subarray(0, cut)), validation: pick(points, order.subarray(cut)) };
}

function pick(points: Points2D, rows: Uint32Array): Points2D {
  const n = rows.length;
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    x[2 * i] = points.x[2 * r];
    x[2 * i + 1] = points.x[2 * r + 1];
    y[i] = points.y[r];
  }
  return { x, y, n, task: points.task, classes: points.classes };
}

function requireInteger(value: number, min: number, max: number, path: string, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? (min === -Infinity ? 'a whole number' : `a whole number of at least ${min}`) : `a whole number from ${min} to ${max}`;
    throw new EngineError(`${what} must be ${range}, got ${value}`, path);
  }
}

const inDomain = (v: number) => v >= -DOMAIN && v <= DOMAIN;

/**
 * Emits (x1, x2) moved by an offset from `offset`, drawing again until the point stays in the domain.
 * Offsets are symmetric and small next to the domain, so each draw lands inside with probability
 * about 1/4 or better for any point in the domain: the loop ends after a few draws.
 */
function emitJittered(emit: Emit, x1: number, x2: number, label: number, offset: () => number): void {
  for (;;) {
    const a = x1 + offset();
    const b = x2 + offset();
    if (inDomain(a) && inDomain(b)) {
      emit(a, b, label);
      return;
    }
  }
}

function uniformJitter(rng: Rng, amount: number): () => number {
  return () => rng.uniform(-amount, amount);
}

function gaussianJitter(rng: Rng, std: number): () => number {
  return () => rng.normal(0, std);
}

// Sizes from TensorFlow Playground: the circle has radius 5 and its inner class lies within half of it.
const CIRCLE_RADIUS = 5;

const circle: Generator = (emit, [outside, inside], f, rng) => {
  const jitter = uniformJitter(rng, CIRCLE_RADIUS * f);
  const ring = (count: number, rMin: number, rMax: number, label: number) => {
    for (let i = 0; i < count; i++) {
      const r = rng.uniform(rMin, rMax);
      const angle = rng.uniform(0, 2 * Math.PI);
      emitJittered(emit, r * Math.sin(angle), r * Math.cos(angle), label, jitter);
    }
  };
  ring(outside, CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS, 0);
  ring(inside, 0, CIRCLE_RADIUS * 0.5, 1);
};

// TensorFlow Playground pushes XOR points 0.3 away from the axes, so noise-free quadrants never touch.
const XOR_PADDING = 0.3;
const XOR_EXTENT = 5;

/** Class 1 where x1 and x2 share a sign (x1·x2 > 0), class 0 where they differ. */
const xor: Generator = (emit, [differ, same], f, rng) => {
  const jitter = uniformJitter(rng, XOR_EXTENT * f);
  const magnitude = () => XOR_PADDING + rng.uniform(0, XOR_EXTENT);
  const quadrants = (count: number, label: number) => {
    for (let i = 0; i < count; i++) {
      const s1 = rng.next() < 0.5 ? -1 : 1;
      const s2 = label === 1 ? s1 : -s1;
      emitJittered(emit, s1 * magnitude(), s2 * magnitude(), label, jitter);
    }
  };
  quadrants(differ, 0);
  quadrants(same, 1);
};

/** TensorFlow Playground's variance runs from 0.5 (no noise) to 4 (noise 50). */
const gaussStd = (f: number) => Math.sqrt(0.5 + 7 * f);

const gauss: Generator = (emit, [negative, positive], f, rng) => {
  const jitter = gaussianJitter(rng, gaussStd(f));
  for (let i = 0; i < negative; i++) emitJittered(emit, -2, -2, 0, jitter);
  for (let i = 0; i < positive; i++) emitJittered(emit, 2, 2, 1, jitter);
};

// TensorFlow Playground's spiral: radius grows to 5 over 1.75 turns; noise is a uniform jitter of up to ±noise.
const SPIRAL_RADIUS = 5;
const SPIRAL_TURNS = 1.75;

/** `count` points spaced evenly along one arm starting at angle `phase`. */
function spiralArm(emit: Emit, count: number, phase: number, label: number, jitter: () => number): void {
  for (let i = 0; i < count; i++) {
    const r = (i / count) * SPIRAL_RADIUS;
    const t = (SPIRAL_TURNS * i * 2 * Math.PI) / count + phase;
    emitJittered(emit, r * Math.sin(t), r * Math.cos(t), label, jitter);
  }
}

const spiral: Generator = (emit, [second, first], f, rng) => {
  const jitter = uniformJitter(rng, f);
  spiralArm(emit, second, Math.PI, 0, jitter);
  spiralArm(emit, first, 0, 1, jitter);
};

/** k arms, evenly spaced in angle; with k = 2 these are the arms of `spiral`. */
const spirals: Generator = (emit, counts, f, rng) => {
  const jitter = uniformJitter(rng, f);
  counts.forEach((count, c) => spiralArm(emit, count, (2 * Math.PI * c) / counts.length, c, jitter));
};

// scikit-learn's make_moons lives in x ∈ [-1, 2], y ∈ [-0.5, 1]; centre it and scale by 3.5 to span x ∈ [-5.25, 5.25].
const MOONS_SCALE = 3.5;
const MOONS_CENTRE = [0.5, 0.25] as const;

/** Class 0 is the upper moon, class 1 the lower one; noise is gaussian with std up to 1 (noise 50). */
const moons: Generator = (emit, [upper, lower], f, rng) => {
  const jitter = gaussianJitter(rng, 2 * f);
  const moon = (count: number, label: number) => {
    for (let i = 0; i < count; i++) {
      const t = rng.uniform(0, Math.PI);
      const u = label === 0 ? Math.cos(t) : 1 - Math.cos(t);
      const v = label === 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      emitJittered(emit, MOONS_SCALE * (u - MOONS_CENTRE[0]), MOONS_SCALE * (v - MOONS_CENTRE[1]), label, jitter);
    }
  };
  moon(upper, 0);
  moon(lower, 1);
};

// Blob centres sit on a circle of radius 3.5; their spread grows from 0.5 to 1.5 with noise.
const BLOBS_RADIUS = 3.5;

const blobs: Generator = (emit, counts, f, rng) => {
  const jitter = gaussianJitter(rng, 0.5 + 2 * f);
  counts.forEach((count, c) => {
    const angle = (2 * Math.PI * c) / counts.length;
    const cx = BLOBS_RADIUS * Math.cos(angle);
    const cy = BLOBS_RADIUS * Math.sin(angle);
    for (let i = 0; i < count; i++) emitJittered(emit, cx, cy, c, jitter);
  });
};

/**
 * Regression targets are uniform over the square; noise adds up to ±noise (so ±0.5 at 50) to the target,
 * which is then clipped back into [-1, 1].
 */
function regression(target: (x1: number, x2: number) => number): Generator {
  return (emit, [count], f, rng) => {
    for (let i = 0; i < count; i++) {
      const x1 = rng.uniform(-DOMAIN, DOMAIN);
      const x2 = rng.uniform(-DOMAIN, DOMAIN);
      const noisy = target(x1, x2) + rng.uniform(-f, f);
      emit(x1, x2, Math.min(1, Math.max(-1, noisy)));
    }
  };
}

/** A tilted plane: -1 at the bottom-left corner, 1 at the top-right. */
export const planeTarget = (x1: number, x2: number): number => (x1 + x2) / (2 * DOMAIN);

// Two bumps of opposite sign and a smaller one; far enough apart that the sum stays within [-1, 1] (clipped to be sure).
const BUMPS = [
  { cx: -2.5, cy: -1.5, amplitude: 1, sigma: 1.6 },
  { cx: 2.5, cy: 1.5, amplitude: -1, sigma: 1.6 },
  { cx: 2.5, cy: -3.5, amplitude: 0.7, sigma: 1.2 },
] as const;

export const bumpsTarget = (x1: number, x2: number): number => {
  let sum = 0;
  for (const { cx, cy, amplitude, sigma } of BUMPS) {
    sum += amplitude * Math.exp(-((x1 - cx) ** 2 + (x2 - cy) ** 2) / (2 * sigma * sigma));
  }
  return Math.min(1, Math.max(-1, sum));
};

const GENERATORS: Record<Dataset2DName, Generator> = {
  circle,
  xor,
  gauss,
  spiral,
  moons,
  blobs,
  spirals,
  plane: regression(planeTarget),
  bumps: regression(bumpsTarget),
};
