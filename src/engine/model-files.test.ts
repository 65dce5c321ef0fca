// Fuzzing the model-file reader: mutations of valid files (fields deleted, retyped, huge,
// negative or NaN; truncated JSON; wrong versions; extra keys; shapes that do not fit). Each
// either opens as a model that round-trips and predicts finite numbers, or is refused with an
// EngineError. Nothing else may happen: no other kind of throw, no silently broken model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, EngineError, modelFromJSON, type CompileOptions, type Model, type ModelSpec } from './index.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const SPECS: ModelSpec[] = [
  {
    inputs: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
  },
  {
    inputs: 3,
    layers: [
      { units: 4, activation: 'relu' },
      { units: 2, activation: 'elu' },
      { units: 3, activation: 'softmax' },
    ],
  },
  { inputs: 1, layers: [{ units: 2, activation: 'linear' }] },
];
const COMPILES: (CompileOptions | null)[] = [
  null,
  { optimizer: 'sgd', loss: 'mse' },
  { optimizer: 'sgd', momentum: 0.9, nesterov: true, loss: 'mse', metrics: ['accuracy'] },
  { optimizer: 'adam', learningRate: 0.01, loss: 'mse', l1: 0.001 },
  { optimizer: 'rmsprop', loss: 'mse', l2: 0.01 },
];

/** A valid file: some training steps taken so the optimiser slots hold real numbers. */
function validFile(s: number, c: number, withOptimizer: boolean, withTraining: boolean): Json {
  const spec = SPECS[s];
  const model = createModel(spec, { seed: s + 1 });
  const compile = COMPILES[c];
  if (compile) {
    model.compile(compile);
    const k = spec.layers.at(-1)!.units;
    model.trainOnBatch([Array.from({ length: spec.inputs }, (_, i) => i / 3)], [Array.from({ length: k }, (_, j) => (j === 0 ? 1 : 0))]);
  }
  return JSON.parse(JSON.stringify(model.toJSON({ optimizer: withOptimizer, training: withTraining ? { epochs: 3, note: 'x', shuffle: true } : undefined })));
}

const FILES = new Map<string, Json>();
/** The valid files, made once (making a model is most of a case's time otherwise). */
function fileFor(s: number, c: number, withOptimizer: boolean, withTraining: boolean): Json {
  const key = `${s} ${c} ${withOptimizer} ${withTraining}`;
  if (!FILES.has(key)) FILES.set(key, validFile(s, c, withOptimizer, withTraining));
  return structuredClone(FILES.get(key)!);
}

/** Every place in a JSON value: the path of keys and indices to it. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(v)) return here.concat(...v.map((x, i) => paths(x, [...at, i])));
  if (v && typeof v === 'object') return here.concat(...Object.entries(v).map(([k, x]) => paths(x, [...at, k])));
  return here;
}

const WEIRD: Json[] = ['1', '', 'tanh', true, false, null, [], {}, [1, 2], { units: 1 }];
const NUMBERS = [1e7, 1e300, -1e300, Number.MAX_SAFE_INTEGER, -1, -0.5, 0, 1.5, 2, NaN, Infinity, -Infinity, 1e12];

type Mutation = { kind: 'delete' | 'push' | 'pop' | 'extra'; at: number } | { kind: 'set'; at: number; value: Json } | { kind: 'number'; at: number; value: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'push' as const, 'pop' as const, 'extra' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(...WEIRD) }),
  fc.record({ kind: fc.constant('number' as const), at: fc.nat(), value: fc.constantFrom(...NUMBERS) }),
);

function mutate(file: Json, m: Mutation): void {
  const all = paths(file).filter((p) => p.length > 0);
  const path = all[m.at % all.length];
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], file) as Record<string | number, Json>;
  const key = path[path.length - 1];
  const target = parent[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    case 'push':
      if (Array.isArray(target)) target.push(structuredClone(target[0] ?? 0));
      return;
    case 'pop':
      if (Array.isArray(target)) target.pop();
      return;
    case 'extra':
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, 'extra', { value: 1, enumerable: true, configurable: true, writable: true });
      return;
    case 'set':
    case 'number':
      parent[key] = structuredClone(m.value);
  }
}

const fileCase = fc.record({
  spec: fc.nat({ max: SPECS.length - 1 }),
  compile: fc.nat({ max: COMPILES.length - 1 }),
  optimizer: fc.boolean(),
  training: fc.boolean(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  top: fc.constantFrom('none', 'version', 'format', 'truncate', 'string'),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('model files, mutated', () => {
  it('either open as a model that round-trips and predicts finite numbers, or are refused with an EngineError', () => {
    let opened = 0;
    let refused = 0;
    fc.assert(
      fc.property(fileCase, (c) => {
        const file = fileFor(c.spec, c.compile, c.optimizer, c.training) as Record<string, Json>;
        for (const m of c.mutations) mutate(file, m);
        let input: unknown = file;
        if (c.top === 'version') file.version = 2;
        if (c.top === 'format') file.format = 'keras';
        if (c.top === 'string') input = JSON.stringify(file);
        if (c.top === 'truncate') {
          const text = JSON.stringify(file);
          input = text.slice(0, Math.floor(text.length * c.cut));
        }
        let model: Model;
        try {
          model = modelFromJSON(input);
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
          expect(e.path, e.message).not.toBe('');
          refused++;
          return;
        }
        opened++;
        const saved = JSON.stringify(model.toJSON({ optimizer: true }));
        expect(JSON.stringify(modelFromJSON(saved).toJSON({ optimizer: true }))).toBe(saved);
        const rows = Array.from({ length: 3 }, (_, r) => Array.from({ length: model.spec.inputs }, (_, i) => Math.sin(r * 7 + i)));
        for (const v of model.predict(rows).flat()) expect(Number.isFinite(v)).toBe(true);
      }),
      { numRuns: 2500, seed: 20261201 },
    );
    // Both outcomes must be well represented, or the mutations are too mild (or too wild).
    expect(opened).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(1000);
  });
});
