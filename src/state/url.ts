// A setup as a short, readable query string, so a link reproduces a session:
//   ?data=circle&noise=0&split=0.5&rows=shuffled&n=500&feat=x1,x2&layers=4tanh,2tanh&loss=binary_crossentropy
//    &opt=adam&lr=0.01&mom=0&batch=10&epochs=200&reg=none&rate=0&init=glorot_uniform&seed=1&k=3&problem=classification
// Decoding forgives: whatever is wrong is replaced by the nearest valid value, and each repair
// comes back as a sentence the learner can read. Pure functions; urlSync.ts talks to the browser.

import { INITIALIZERS, OPTIMIZERS, type InitializerName, type LossName, type OptimizerName } from '../engine/types.ts';
import { FEATURE_LABELS, FEATURES, type FeatureName } from '../engine/datasets/names.ts';
import { DATASET_LABELS, DATASETS, type DatasetName } from '../setup/catalogue.ts';
import { VALIDATION_ROWS, type PlaygroundConfig, type Problem, type Regularization } from '../setup/config.ts';
import { taskOf, unitsLimitOf } from '../setup/rules.ts';
import { DEFAULT_ACTIVATION, DEFAULT_CONFIG, HIDDEN_ACTIVATIONS, defaultConfigFor, type HiddenActivation } from '../setup/defaults.ts';
import { RANGES, clampInt } from '../setup/limits.ts';
import { lossesFor } from '../setup/rules.ts';

/** Every dataset a link can bring back: all but the learner's own CSV. */
const LINKABLE_DATASETS = DATASETS.filter((d) => d !== 'csv');

export const CSV_LINK_NOTICE = 'A CSV file stays on your computer, so a link cannot bring it back: choose the file again.';

const REGULARIZATIONS: readonly Regularization[] = ['none', 'l1', 'l2'];
const PROBLEMS: readonly Problem[] = ['classification', 'regression'];

/** Every key the link uses, in the order it writes them. */
const KEYS = ['data', 'noise', 'split', 'rows', 'n', 'feat', 'layers', 'loss', 'opt', 'lr', 'mom', 'batch', 'epochs', 'reg', 'rate', 'init', 'seed', 'k', 'problem'] as const;

/** An empty network is written as a word, because "layers=" looks like a mistake. */
const NO_LAYERS = 'none';
/** Training until paused, in place of a number of epochs. */
const UNTIL_PAUSED = 'none';

export function encodeConfig(config: PlaygroundConfig): string {
  const values: Record<(typeof KEYS)[number], string> = {
    data: config.dataset,
    noise: String(config.noise),
    split: String(config.validationSplit),
    rows: config.validationRows,
    n: String(config.samples),
    feat: config.features.join(','),
    layers: config.hidden.length ? config.hidden.map((l) => `${l.units}${l.activation}`).join(',') : NO_LAYERS,
    loss: config.loss,
    opt: config.optimizer,
    lr: String(config.learningRate),
    mom: String(config.momentum),
    batch: String(config.batchSize),
    epochs: config.epochs === null ? UNTIL_PAUSED : String(config.epochs),
    reg: config.regularization,
    rate: String(config.regularizationRate),
    init: config.initializer,
    seed: String(config.seed),
    k: String(config.classes),
    problem: config.problem,
  };
  // Commas stay literal: they keep lists readable and are legal in a query.
  return KEYS.map((key) => `${key}=${encodeURIComponent(values[key]).replace(/%2C/g, ',')}`).join('&');
}

/** A decimal number as a link writes it: "0.01", "-3", ".5", "1e-5"; never hexadecimal, binary or octal. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Quoted values are cut short so a pasted essay does not become the notice. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export interface DecodeResult {
  config: PlaygroundConfig;
  /** One readable sentence per value that was repaired or ignored. */
  corrections: string[];
}

/** Reads a query string (with or without the leading "?"); missing keys take their defaults silently. */
export function decodeConfig(query: string): DecodeResult {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const corrections: string[] = [];
  const fix = (message: string) => corrections.push(message);

  for (const key of new Set(params.keys())) {
    if (!(KEYS as readonly string[]).includes(key)) fix(`Ignored the unknown setting "${shorten(key)}".`);
  }
  // A key given twice cannot be read as either value: the learner (or a chat app) meant one, and
  // guessing which would hide the mistake. Both are dropped, so the key takes its default.
  const duplicated = new Set<string>();
  for (const key of KEYS) {
    const values = params.getAll(key);
    if (values.length < 2) continue;
    duplicated.add(key);
    const shown = values.map((v) => `"${shorten(v)}"`).join(', ');
    fix(
      `${key} appears ${values.length === 2 ? 'twice' : `${values.length} times`} (${shown}); used ${values.length === 2 ? 'neither' : 'none of them'}, so it takes its default.`,
    );
  }
  const raw = (key: (typeof KEYS)[number]) => {
    if (duplicated.has(key)) return null;
    const value = params.get(key);
    return value === null ? null : value.trim();
  };

  const number = (key: (typeof KEYS)[number], what: string, fallback: number, range: { min: number; max: number }, integer = false, unit = '') => {
    const text = raw(key);
    if (text === null) return fallback;
    // Number() also reads "0x10", "0b11", "0o7" and "" (as 0): a link holds decimal numbers only.
    const value = DECIMAL.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      fix(`${what} "${shorten(text)}" is not a decimal number; using ${fallback}${unit}.`);
      return fallback;
    }
    // "+ 0" turns -0 ("-0", or a rounded "-0.2") into 0, which the link writes back the same.
    const whole = (integer ? Math.round(value) : value) + 0;
    if (whole !== value) fix(`${what} must be a whole number; using ${whole} instead of ${value}.`);
    if (whole < range.min) {
      fix(`${what} ${whole}${unit} is below the least, ${range.min}${unit}; using ${range.min}${unit}.`);
      return range.min;
    }
    if (whole > range.max) {
      fix(`${what} ${whole}${unit} is above the most, ${range.max}${unit}; using ${range.max}${unit}.`);
      return range.max;
    }
    return whole;
  };

  const choice = <T extends string>(key: (typeof KEYS)[number], what: string, options: readonly T[], fallback: T): T => {
    const text = raw(key);
    if (text === null) return fallback;
    const found = options.find((o) => o === text.toLowerCase());
    if (found === undefined) fix(`${what} "${shorten(text)}" is not one of ${options.join(', ')}; using ${fallback}.`);
    return found ?? fallback;
  };

  // The learner's CSV never leaves their computer, so there is nothing a link could load: start afresh.
  if (raw('data')?.toLowerCase() === 'csv') {
    return { config: { ...DEFAULT_CONFIG, features: [...DEFAULT_CONFIG.features], hidden: DEFAULT_CONFIG.hidden.map((l) => ({ ...l })) }, corrections: [CSV_LINK_NOTICE] };
  }
  const dataset: DatasetName = choice('data', 'Dataset', LINKABLE_DATASETS, DEFAULT_CONFIG.dataset);
  const problem = choice('problem', 'Problem type', PROBLEMS, DEFAULT_CONFIG.problem);
  const task = taskOf(dataset, null, problem);
  // Keys left out take the defaults of the dataset and of the task asked for: a link to the digits
  // gets the digits' network, a regression on the circle a loss for numbers.
  const defaults = defaultConfigFor(dataset, task);
  const noise = number('noise', 'Noise', defaults.noise, RANGES.noise, false, '%');
  const validationSplit = number('split', 'Validation split', defaults.validationSplit, RANGES.validationSplit);
  const validationRows = choice('rows', 'Validation rows', VALIDATION_ROWS, defaults.validationRows);
  const samples = number('n', 'Number of samples', defaults.samples, RANGES.samples, true);
  const classes = number('k', 'Number of classes', defaults.classes, RANGES.classes, true);
  const features = decodeFeatures(raw('feat'), fix);
  const hidden = decodeLayers(raw('layers'), fix, defaults.hidden, unitsLimitOf(dataset));

  const fittingLosses = lossesFor(task);
  let loss: LossName = defaults.loss;
  const lossText = raw('loss');
  if (lossText !== null) {
    const found = fittingLosses.find((l) => l === lossText.toLowerCase());
    if (found) loss = found;
    else fix(`Loss "${shorten(lossText)}" does not fit ${DATASET_LABELS[dataset]}${task === taskOf(dataset) ? '' : ' as a regression'}; using ${loss}.`);
  }

  const optimizer: OptimizerName = choice('opt', 'Optimizer', OPTIMIZERS, defaults.optimizer);
  const learningRate = number('lr', 'Learning rate', defaults.learningRate, RANGES.learningRate);
  const momentum = number('mom', 'Momentum', defaults.momentum, RANGES.momentum);
  const batchSize = number('batch', 'Batch size', defaults.batchSize, RANGES.batchSize, true);
  const epochs = raw('epochs')?.toLowerCase() === UNTIL_PAUSED ? null : number('epochs', 'Epochs', defaults.epochs ?? DEFAULT_CONFIG.epochs!, RANGES.epochs, true);
  const regularization = choice('reg', 'Regularization', REGULARIZATIONS, defaults.regularization);
  const regularizationRate = number('rate', 'Regularization rate', defaults.regularizationRate, RANGES.regularizationRate);
  const initializer: InitializerName = choice('init', 'Initializer', INITIALIZERS, defaults.initializer);
  const seed = number('seed', 'Seed', defaults.seed, RANGES.seed, true);

  return {
    config: {
      dataset,
      noise,
      validationSplit,
      validationRows,
      samples,
      classes,
      problem,
      features,
      hidden,
      loss,
      optimizer,
      learningRate,
      momentum,
      batchSize,
      epochs,
      regularization,
      regularizationRate,
      initializer,
      seed,
    },
    corrections,
  };
}

function decodeFeatures(text: string | null, fix: (message: string) => void): FeatureName[] {
  if (text === null) return [...DEFAULT_CONFIG.features];
  const asked = text
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  for (const f of asked) {
    if (!(FEATURES as readonly string[]).includes(f)) fix(`Dropped the unknown input feature "${shorten(f)}".`);
  }
  // Canonical order, no duplicates.
  const features = FEATURES.filter((f) => asked.includes(f));
  if (features.length === 0) {
    const fallback = DEFAULT_CONFIG.features;
    fix(`A network needs at least one input; using ${fallback.map((f) => FEATURE_LABELS[f]).join(' and ')}.`);
    return [...fallback];
  }
  return features;
}

function decodeLayers(
  text: string | null,
  fix: (message: string) => void,
  defaults: PlaygroundConfig['hidden'],
  unitsRange: { min: number; max: number },
): PlaygroundConfig['hidden'] {
  if (text === null) return defaults.map((l) => ({ ...l }));
  if (text === '' || text.toLowerCase() === NO_LAYERS) return [];
  const parts = text.split(',').map((p) => p.trim());
  const { max } = RANGES.hiddenLayers;
  if (parts.length > max) {
    const extra = parts.length - max;
    fix(`The network had ${parts.length} hidden layers; the most is ${max}, so the last ${extra === 1 ? 'one was' : `${extra} were`} dropped.`);
  }
  return parts.slice(0, max).map((part, i) => {
    const n = i + 1;
    const fallback = { units: defaults[0]?.units ?? DEFAULT_CONFIG.hidden[0].units, activation: (defaults[0]?.activation ?? DEFAULT_ACTIVATION) as HiddenActivation };
    const match = /^(\d+(?:\.\d+)?)\s*([a-z_]*)$/i.exec(part);
    if (!match) {
      fix(`Layer ${n} "${shorten(part)}" is not a neuron count and an activation like "4tanh"; using ${fallback.units} ${fallback.activation}.`);
      return fallback;
    }
    const asked = Math.round(Number(match[1]));
    const units = clampInt(asked, unitsRange);
    if (asked > unitsRange.max) fix(`Layer ${n} had ${asked} neurons; the most is ${unitsRange.max}.`);
    else if (asked < unitsRange.min) fix(`Layer ${n} had ${asked} neurons; the least is ${unitsRange.min}.`);
    else if (asked !== Number(match[1])) fix(`Layer ${n} had ${match[1]} neurons; using ${asked}.`);

    const name = match[2].toLowerCase();
    const activation: HiddenActivation = HIDDEN_ACTIVATIONS.find((a) => a === name) ?? fallback.activation;
    if (name === '') fix(`Layer ${n} has no activation; using ${activation}.`);
    else if (activation !== name) fix(`Layer ${n}'s activation "${shorten(name)}" is unknown; using ${activation}.`);
    return { units, activation };
  });
}
