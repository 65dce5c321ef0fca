// Any address at all — random, mutated from a valid link, unicode, huge numbers, empty values,
// repeated keys, percent-encoded garbage — decodes to a setup the app accepts, plus readable repairs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIALIZERS, LOSSES, OPTIMIZERS } from '../engine/types.ts';
import { FEATURES } from '../engine/datasets/names.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DATASETS, isPlane, type DatasetName } from '../setup/catalogue.ts';
import { DEFAULT_CONFIG, HIDDEN_ACTIVATIONS, defaultConfigFor } from '../setup/defaults.ts';
import { RANGES } from '../setup/limits.ts';
import { dataShapeOf, lossesFor, taskOf, unitsLimitOf } from '../setup/rules.ts';
import type { DataShape } from '../setup/shape.ts';
import { TABULAR_DATASETS, type TabularName } from '../tables/tabularDatasets.ts';
import { createCompiledModel } from '../worker/modelLifecycle.ts';
import { decodeConfig, encodeConfig } from './url.ts';

/** The shape the worker will see for a setup: a plane's from the setup, a table's as its prepared rows will have it. */
function workerShapeOf(c: PlaygroundConfig): DataShape {
  if (isPlane(c.dataset) || c.dataset === 'noise') return dataShapeOf(c);
  if (c.dataset === 'digits' || c.dataset === 'mnist') return { inputs: 784, task: 'multiclass', classes: 10 };
  const info = TABULAR_DATASETS[c.dataset as TabularName];
  const classes = info.classNames.length;
  return { inputs: info.featureNames.length, task: info.task === 'regression' ? 'regression' : classes === 2 ? 'binary' : 'multiclass', classes };
}

/** What the worker does with a setup before it trains: build the model and compile it. Its error, or null. */
function workerRefusal(c: PlaygroundConfig): string | null {
  try {
    createCompiledModel(c, workerShapeOf(c));
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Every rule a setup must keep; returns what it breaks (nothing, for a valid setup). */
function brokenRules(c: PlaygroundConfig): string[] {
  const broken: string[] = [];
  const inRange = (name: string, v: number, r: { min: number; max: number }, integer = false) => {
    if (!Number.isFinite(v) || v < r.min || v > r.max || (integer && !Number.isInteger(v))) broken.push(`${name}=${v}`);
  };
  if (!DATASETS.includes(c.dataset) || c.dataset === 'csv') broken.push(`dataset=${c.dataset}`);
  inRange('noise', c.noise, RANGES.noise);
  inRange('validationSplit', c.validationSplit, RANGES.validationSplit);
  if (!['last', 'shuffled'].includes(c.validationRows)) broken.push(`validationRows=${c.validationRows}`);
  inRange('samples', c.samples, RANGES.samples, true);
  inRange('classes', c.classes, RANGES.classes, true);
  inRange('learningRate', c.learningRate, RANGES.learningRate);
  inRange('momentum', c.momentum, RANGES.momentum);
  inRange('batchSize', c.batchSize, RANGES.batchSize, true);
  inRange('regularizationRate', c.regularizationRate, RANGES.regularizationRate);
  inRange('seed', c.seed, RANGES.seed, true);
  if (c.features.length === 0 || c.features.some((f) => !FEATURES.includes(f)) || new Set(c.features).size !== c.features.length) broken.push(`features=${c.features}`);
  if (c.hidden.length > RANGES.hiddenLayers.max) broken.push(`layers=${c.hidden.length}`);
  for (const l of c.hidden) {
    inRange('units', l.units, unitsLimitOf(c.dataset), true);
    if (!(HIDDEN_ACTIVATIONS as readonly string[]).includes(l.activation)) broken.push(`activation=${l.activation}`);
  }
  // The task as the worker reads it: a two-class plane asked for as a regression is one.
  if (!lossesFor(taskOf(c.dataset, null, c.problem)).includes(c.loss)) broken.push(`loss=${c.loss} for ${c.dataset} as ${c.problem}`);
  if (!OPTIMIZERS.includes(c.optimizer)) broken.push(`optimizer=${c.optimizer}`);
  if (!INITIALIZERS.includes(c.initializer)) broken.push(`initializer=${c.initializer}`);
  if (!['none', 'l1', 'l2'].includes(c.regularization)) broken.push(`regularization=${c.regularization}`);
  return broken;
}

const KEYS = ['data', 'noise', 'split', 'rows', 'n', 'feat', 'layers', 'loss', 'opt', 'lr', 'mom', 'batch', 'epochs', 'reg', 'rate', 'init', 'seed', 'k', 'problem'];

/** Values a hand, a chat app or an attacker might put in a link. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double().map(String),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
  fc.integer().map((n) => `0x${Math.abs(n).toString(16)}`),
  fc.integer().map((n) => `0b${Math.abs(n).toString(2)}`),
  fc.constantFrom('', ' ', 'NaN', 'last', 'shuffled', 'Last', 'Infinity', '-Infinity', '1e308', '1e309', '-0', '0o7', '.', '+', 'e5', '1e', '١٢', '１２', 'none', 'csv'),
  fc.constantFrom(...DATASETS, ...LOSSES, 'classification', 'regression', 'Regression', '2', '3'),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.constantFrom('tanh', 'relu', 'softmax', 'x', '')), { maxLength: 12 })
    .map((ls) => ls.map(([u, a]) => `${u}${a}`).join(',')),
  fc.uint8Array({ maxLength: 30 }).map((bytes) => Array.from(bytes, (b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
);

const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });

/** A query built pair by pair; values may be raw (so "%", "&" and "=" may break them in their own ways). */
const randomQuery = fc
  .array(fc.tuple(key, value, fc.boolean()), { maxLength: 24 })
  .map((pairs) => pairs.map(([k, v, raw]) => `${encodeURIComponent(k)}=${raw ? v : encodeURIComponent(v)}`).join('&'));

/** A valid link with some characters changed, deleted or repeated. */
const validQuery = fc.constantFrom(...DATASETS.filter((d) => d !== 'csv')).map((d) => encodeConfig(defaultConfigFor(d)));
const mutatedQuery = fc
  .tuple(validQuery, fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'repeat'), fc.string({ minLength: 1, maxLength: 4 })), { maxLength: 8 }))
  .map(([q, edits]) => {
    let s = q;
    for (const [at, op, text] of edits) {
      const i = s.length === 0 ? 0 : at % s.length;
      if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1);
      else if (op === 'insert') s = s.slice(0, i) + text + s.slice(i);
      else s = `${s}&${s.slice(i, i + 20)}`;
    }
    return s;
  });
const repeatedKeys = fc.tuple(validQuery, fc.constantFrom(...KEYS), value).map(([q, k, v]) => `${q}&${k}=${encodeURIComponent(v)}`);

describe('decodeConfig on any address', () => {
  it('always yields a valid setup and a list of readable repairs, never a throw (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(randomQuery, mutatedQuery, repeatedKeys, fc.string({ unit: 'binary' })), fc.boolean(), (query, withMark) => {
        const { config, corrections } = decodeConfig(withMark ? `?${query}` : query);
        expect(brokenRules(config)).toEqual([]);
        for (const c of corrections) {
          expect(typeof c).toBe('string');
          expect(c.length).toBeGreaterThan(0);
          expect(c.length).toBeLessThan(400);
        }
        // The decoded setup is itself a link that decodes to the same setup, with nothing to repair.
        const again = decodeConfig(encodeConfig(config));
        expect(again.corrections).toEqual([]);
        expect(again.config).toEqual(config);
      }),
      { numRuns: 10_000, seed: 20261201 },
    );
  });

  it('reports every key that appears more than once', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), fc.array(fc.string(), { minLength: 2, maxLength: 4 }), (k, values) => {
        const query = [encodeConfig(DEFAULT_CONFIG), ...values.map((v) => `${k}=${encodeURIComponent(v)}`)].join('&');
        const { corrections } = decodeConfig(query);
        expect(corrections.some((c) => c.startsWith(`${k} appears `))).toBe(true);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});

describe('decodeConfig on contradictory links', () => {
  const datasets = DATASETS.filter((d): d is Exclude<DatasetName, 'csv'> => d !== 'csv');
  const problems = [undefined, 'classification', 'regression', 'Regression', 'numbers'];
  const losses = [undefined, ...LOSSES, 'hinge'];
  const classes = [undefined, '2', '3', '8'];
  const layers = [undefined, 'none', '4relu,3softmax'];
  const cases = datasets.flatMap((data) =>
    problems.flatMap((problem) => losses.flatMap((loss) => classes.flatMap((k) => layers.map((l) => ({ data, problem, loss, k, layers: l }))))),
  );

  it(`every pairing of data, problem type, loss, classes and layers decodes to a setup the worker builds and compiles (${cases.length} links)`, () => {
    const refused: string[] = [];
    for (const c of cases) {
      const query = Object.entries(c)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      const { config, corrections } = decodeConfig(query);
      const refusal = workerRefusal(config);
      if (refusal) refused.push(`${query}: ${refusal}`);
      const broken = brokenRules(config);
      if (broken.length > 0) refused.push(`${query}: ${broken.join(', ')}`);
      // A repair of the loss names the loss the setup really has.
      for (const note of corrections.filter((n) => n.startsWith('Loss '))) expect(note, query).toMatch(new RegExp(`using ${config.loss}\\.$`));
    }
    expect(refused).toEqual([]);
  });

  it('a regression asked of a two-class plane gets a loss for numbers, and the note says so', () => {
    const { config, corrections } = decodeConfig('data=circle&problem=regression&loss=binary_crossentropy');
    expect(config).toMatchObject({ dataset: 'circle', problem: 'regression', loss: 'mse' });
    expect(corrections).toEqual(['Loss "binary_crossentropy" does not fit Circle as a regression; using mse.']);
    expect(workerRefusal(config)).toBeNull();
  });

  it('a regression asked of a two-class plane, with no loss, takes the loss for numbers silently', () => {
    const { config, corrections } = decodeConfig('data=moons&problem=regression');
    expect(config.loss).toBe('mse');
    expect(corrections).toEqual([]);
  });
});
