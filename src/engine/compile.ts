// compile()'s settings: Keras' defaults, and a check of every field, so a misspelt or mistyped
// option is refused rather than silently ignored or saved into a file that cannot be read back.
import { boolean, describe, isRecord, knownKeys } from './check.ts';
import { assertLoss } from './losses.ts';
import { EngineError, OPTIMIZERS, type CompileOptions, type OptimizerName, type ResolvedCompile } from './types.ts';

export const COMPILE_DEFAULTS: ResolvedCompile = {
  optimizer: 'sgd',
  learningRate: 0.01,
  momentum: 0,
  nesterov: false,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  loss: 'mse',
  metrics: [],
  l1: 0,
  l2: 0,
};

const KEYS = Object.keys(COMPILE_DEFAULTS) as (keyof ResolvedCompile)[];

/** Keras' default learning rates differ by optimiser: SGD 0.01, RMSprop and Adam 0.001. */
function defaultLearningRate(optimizer: OptimizerName): number {
  return optimizer === 'adam' || optimizer === 'rmsprop' ? 0.001 : 0.01;
}

function number(v: unknown, path: string, ok: (v: number) => boolean, rule: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new EngineError(`${rule}, got ${describe(v)}`, path);
  return v;
}

function metrics(v: unknown, path: string): 'accuracy'[] {
  if (!Array.isArray(v)) throw new EngineError(`must be a list of metric names (['accuracy'] or []), got ${describe(v)}`, path);
  const out: 'accuracy'[] = [];
  for (let i = 0; i < v.length; i++) {
    if (v[i] !== 'accuracy') throw new EngineError(`unknown metric ${describe(v[i])}; the only metric is "accuracy"`, `${path}[${i}]`);
    if (!out.includes('accuracy')) out.push('accuracy');
  }
  return out;
}

/**
 * The settings after applying `opts` over the previous ones (or the defaults). `path` prefixes
 * the names in errors, e.g. "compile" when reading a file.
 */
export function resolveCompile(opts: unknown, previous: ResolvedCompile | null, path = ''): ResolvedCompile {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (!isRecord(opts)) throw new EngineError(`must be an object of compile options, got ${describe(opts)}`, path || 'compile');
  knownKeys(opts, KEYS, path);
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as CompileOptions;
  const base = previous ?? COMPILE_DEFAULTS;
  const optimizer = given.optimizer ?? base.optimizer;
  if (!(OPTIMIZERS as readonly unknown[]).includes(optimizer)) {
    throw new EngineError(`unknown optimizer ${JSON.stringify(optimizer)}; use one of ${OPTIMIZERS.join(', ')}`, at('optimizer'));
  }
  const learningRate = given.learningRate ?? (previous && previous.optimizer === optimizer ? previous.learningRate : defaultLearningRate(optimizer));
  const r = { ...base, ...given, optimizer, learningRate };
  const positive = (v: number) => v > 0;
  const unit = (v: number) => v >= 0 && v < 1;
  const nonNegative = (v: number) => v >= 0;
  return {
    optimizer,
    learningRate: number(r.learningRate, at('learningRate'), positive, 'must be a positive number'),
    momentum: number(r.momentum, at('momentum'), unit, 'must be at least 0 and below 1'),
    nesterov: boolean(r.nesterov, at('nesterov')),
    rho: number(r.rho, at('rho'), unit, 'must be at least 0 and below 1'),
    beta1: number(r.beta1, at('beta1'), unit, 'must be at least 0 and below 1'),
    beta2: number(r.beta2, at('beta2'), unit, 'must be at least 0 and below 1'),
    epsilon: number(r.epsilon, at('epsilon'), positive, 'must be a positive number'),
    loss: assertLoss(r.loss, at('loss')),
    metrics: metrics(r.metrics, at('metrics')),
    l1: number(r.l1, at('l1'), nonNegative, 'must be zero or positive'),
    l2: number(r.l2, at('l2'), nonNegative, 'must be zero or positive'),
  };
}
