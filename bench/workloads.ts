// The benchmark's workloads, defined once so that every system does exactly the same work
// on exactly the same (seeded) data.

import { createRng, type Dataset, type ModelSpec } from '../src/engine/index.ts';

export const SYSTEMS = ['engine-f64', 'engine-f32', 'tfjs-cpu'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const WORKLOAD_NAMES = ['W1', 'W2', 'W3', 'GRID'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

/** The subset of the engine's compile options the workloads use. */
export interface BenchCompile {
  optimizer: 'sgd' | 'adam';
  learningRate: number;
  loss: 'mse' | 'categorical_crossentropy';
}

/** Mini-batch training; one timed step is a whole epoch, or one batch when epochs are long. */
export interface TrainWorkload {
  kind: 'train';
  name: WorkloadName;
  label: string;
  spec: ModelSpec;
  compile: BenchCompile;
  batchSize: number;
  step: 'epoch' | 'batch';
  data(): Dataset;
}

/** Evaluate every neuron of a network over a grid of points (what the per-neuron heatmaps need). */
export interface GridWorkload {
  kind: 'grid';
  name: WorkloadName;
  label: string;
  spec: ModelSpec;
  n: number;
  points(): Float64Array;
}

export type Workload = TrainWorkload | GridWorkload;

/** Hidden tanh layers of 8 between `inputs` and one tanh output, as in the TensorFlow playground. */
function playgroundNet(inputs: number, hidden: number): ModelSpec {
  const layers = Array.from({ length: hidden }, () => ({ units: 8, activation: 'tanh' as const }));
  return { inputs, layers: [...layers, { units: 1, activation: 'tanh' }] };
}

/** 500 points in [-6, 6]², labelled +1 inside a circle of radius 3 and -1 outside. */
function circle(): Dataset {
  const rng = createRng(1);
  const n = 500;
  const x = new Float64Array(n * 2);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-6, 6);
    const b = rng.uniform(-6, 6);
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = a * a + b * b < 9 ? 1 : -1;
  }
  return { x, y, n };
}

/** MNIST-shaped noise: 10,000 uniform [0, 1) images of 784 pixels with random one-hot labels. */
function mnistShaped(): Dataset {
  const rng = createRng(2);
  const n = 10_000;
  const x = new Float64Array(n * 784);
  for (let i = 0; i < x.length; i++) x[i] = rng.next();
  const y = new Float64Array(n * 10);
  for (let i = 0; i < n; i++) y[i * 10 + rng.int(10)] = 1;
  return { x, y, n };
}

/** A 100×100 grid over [-6, 6]² expanded to the playground's seven features. */
function featureGrid(): Float64Array {
  const side = 100;
  const out = new Float64Array(side * side * 7);
  for (let r = 0, k = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const a = -6 + (12 * c) / (side - 1);
      const b = 6 - (12 * r) / (side - 1);
      for (const v of [a, b, a * a, b * b, a * b, Math.sin(a), Math.sin(b)]) out[k++] = v;
    }
  }
  return out;
}

export const WORKLOADS: Record<WorkloadName, Workload> = {
  W1: {
    kind: 'train',
    name: 'W1',
    label: '2-8-8-1 tanh, SGD, batch 10',
    spec: playgroundNet(2, 2),
    compile: { optimizer: 'sgd', learningRate: 0.03, loss: 'mse' },
    batchSize: 10,
    step: 'epoch',
    data: circle,
  },
  W2: {
    kind: 'train',
    name: 'W2',
    label: '2-(8×6)-1 tanh, SGD, batch 10',
    spec: playgroundNet(2, 6),
    compile: { optimizer: 'sgd', learningRate: 0.03, loss: 'mse' },
    batchSize: 10,
    step: 'epoch',
    data: circle,
  },
  W3: {
    kind: 'train',
    name: 'W3',
    label: '784-128-10 relu/softmax, Adam, batch 32',
    spec: {
      inputs: 784,
      layers: [
        { units: 128, activation: 'relu' },
        { units: 10, activation: 'softmax' },
      ],
    },
    compile: { optimizer: 'adam', learningRate: 1e-3, loss: 'categorical_crossentropy' },
    batchSize: 32,
    step: 'batch',
    data: mnistShaped,
  },
  GRID: {
    kind: 'grid',
    name: 'GRID',
    label: '7-(8×6)-1 tanh, all neurons, 100×100',
    spec: playgroundNet(7, 6),
    n: 100 * 100,
    points: featureGrid,
  },
};
