// A teacher-made lesson as data: a versioned format that a link or a file carries. Reading one is
// strict and field by field: the first thing wrong comes back as a sentence a teacher or learner
// understands, and nothing of a malformed lesson is used. Never throws.

import { createModel } from '../../../engine/index.ts';
import type { ActivationName } from '../../../engine/index.ts';
import { HIDDEN_ACTIVATIONS } from '../../../setup/defaults.ts';
import { modelSpecOf, taskOf } from '../../../setup/rules.ts';
import type { PlaygroundConfig } from '../../../setup/config.ts';
import { CONTROLS, PANELS, type ControlId, type PanelId } from '../../../state/lockStore.ts';
import { decodeConfig, encodeConfig } from '../../../state/url.ts';
import type { KerasWeights } from '../types.ts';

export const TEACH_FORMAT = 'layerlab-lesson';
export const TEACH_VERSION = 1;

export const TEACH_LIMITS = { title: 120, paragraphs: 12, paragraph: 2000, steps: 12, task: 500 } as const;

/** How the page tells a step is done. */
export type TeachCheck =
  | { kind: 'accuracy'; min: number }
  | { kind: 'loss'; max: number }
  | { kind: 'epochs'; min: number }
  | { kind: 'layers'; count: number }
  | { kind: 'activation'; layer: number; activation: ActivationName }
  | { kind: 'answer'; value: number; tolerance: number };

export const CHECK_KINDS = ['accuracy', 'loss', 'epochs', 'layers', 'activation', 'answer'] as const satisfies readonly TeachCheck['kind'][];

export interface TeachStep {
  task: string;
  check: TeachCheck;
}

export interface TeachDoc {
  format: typeof TEACH_FORMAT;
  version: typeof TEACH_VERSION;
  title: string;
  paragraphs: string[];
  /** The setup, written as a link's query string (data=xor&layers=4tanh…). */
  setup: string;
  /** Exact starting weights in Keras' getWeights() order, or null to start from the seed. */
  weights: KerasWeights | null;
  steps: TeachStep[];
  /** Controls the learner sees but cannot change. */
  locked: ControlId[];
  /** Panels left out for the learner. */
  hidden: PanelId[];
}

export type TeachResult = { ok: true; doc: TeachDoc; config: PlaygroundConfig } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function text(v: unknown, what: string, max: number, required: boolean): string | { message: string } {
  if (typeof v !== 'string') return { message: `${what} should be text.` };
  if (required && v.trim() === '') return { message: `${what} is empty.` };
  if (v.length > max) return { message: `${what} is longer than ${max.toLocaleString('en')} characters.` };
  return v;
}

function checkOf(v: unknown, where: string, config: PlaygroundConfig): TeachCheck | { message: string } {
  if (!isObject(v)) return { message: `${where} has no check.` };
  const task = taskOf(config.dataset);
  switch (v.kind) {
    case 'accuracy':
      if (task === 'regression') return { message: `${where} checks accuracy, but this setup predicts numbers (regression), which has no accuracy.` };
      return isNumber(v.min) && v.min >= 0 && v.min <= 1 ? { kind: 'accuracy', min: v.min } : { message: `${where}: the accuracy to reach should be a number from 0 to 1.` };
    case 'loss':
      return isNumber(v.max) && v.max >= 0 ? { kind: 'loss', max: v.max } : { message: `${where}: the loss to get under should be a number of at least 0.` };
    case 'epochs':
      return Number.isInteger(v.min) && (v.min as number) >= 1 && (v.min as number) <= 1_000_000
        ? { kind: 'epochs', min: v.min as number }
        : { message: `${where}: the epochs should be a whole number from 1 to 1,000,000.` };
    case 'layers':
      return Number.isInteger(v.count) && (v.count as number) >= 0 && (v.count as number) <= 10
        ? { kind: 'layers', count: v.count as number }
        : { message: `${where}: the number of hidden layers should be a whole number from 0 to 10.` };
    case 'activation':
      if (!Number.isInteger(v.layer) || (v.layer as number) < 1 || (v.layer as number) > 10) return { message: `${where}: the layer should be a whole number from 1 to 10.` };
      if (!(HIDDEN_ACTIVATIONS as readonly unknown[]).includes(v.activation))
        return { message: `${where}: "${String(v.activation)}" is not an activation a hidden layer can use.` };
      return { kind: 'activation', layer: v.layer as number, activation: v.activation as ActivationName };
    case 'answer':
      if (!isNumber(v.value)) return { message: `${where}: the answer should be a number.` };
      if (!isNumber(v.tolerance) || v.tolerance < 0) return { message: `${where}: the tolerance should be a number of at least 0.` };
      return { kind: 'answer', value: v.value, tolerance: v.tolerance };
    default:
      return { message: `${where} has a check this page does not know ("${String(v.kind)}").` };
  }
}

function weightsOf(v: unknown, config: PlaygroundConfig): KerasWeights | null | { message: string } {
  if (v === null || v === undefined) return null;
  const spec = modelSpecOf(config);
  if (!Array.isArray(v) || v.length !== 2 * spec.layers.length)
    return { message: `The weights should be ${2 * spec.layers.length} arrays (a kernel and a bias for each of the ${spec.layers.length} layers).` };
  let fanIn = spec.inputs;
  for (let l = 0; l < spec.layers.length; l++) {
    const units = spec.layers[l].units;
    const kernel = v[2 * l];
    const bias = v[2 * l + 1];
    const name = `layer ${l + 1}`;
    if (!Array.isArray(kernel) || kernel.length !== fanIn || !kernel.every((row) => Array.isArray(row) && row.length === units && row.every(isNumber))) {
      return { message: `The weights of ${name} should be ${fanIn} rows of ${units} numbers.` };
    }
    if (!Array.isArray(bias) || bias.length !== units || !bias.every(isNumber)) return { message: `The biases of ${name} should be ${units} numbers.` };
    fanIn = units;
  }
  const weights = v as KerasWeights;
  try {
    createModel(spec).setWeights(weights);
  } catch (e) {
    return { message: `The weights do not fit the network: ${(e as Error).message}` };
  }
  return weights;
}

function listOf<T extends string>(v: unknown, known: readonly T[], what: string): T[] | { message: string } {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return { message: `The ${what} should be a list.` };
  for (const item of v) if (!(known as readonly unknown[]).includes(item)) return { message: `"${String(item)}" is not one of the ${what} this page has.` };
  return [...new Set(v as T[])];
}

const bad = (v: unknown): v is { message: string } => isObject(v) && typeof v.message === 'string' && !('kind' in v);

/** Reads a lesson from parsed JSON: the lesson, or the first thing wrong with it. */
export function readTeachDoc(raw: unknown): TeachResult {
  if (!isObject(raw) || raw.format !== TEACH_FORMAT) return fail('This is not a Layerlab lesson.');
  if (raw.version !== TEACH_VERSION) {
    return fail(
      isNumber(raw.version) && raw.version > TEACH_VERSION
        ? `This lesson was made with a newer Layerlab (format ${raw.version}); this page reads format ${TEACH_VERSION}.`
        : 'This lesson has no format version this page knows.',
    );
  }
  const title = text(raw.title, 'The title', TEACH_LIMITS.title, true);
  if (typeof title !== 'string') return fail(title.message);
  if (!Array.isArray(raw.paragraphs)) return fail('The paragraphs should be a list of texts.');
  if (raw.paragraphs.length > TEACH_LIMITS.paragraphs) return fail(`A lesson has at most ${TEACH_LIMITS.paragraphs} paragraphs.`);
  const paragraphs: string[] = [];
  for (const [i, p] of raw.paragraphs.entries()) {
    const t = text(p, `Paragraph ${i + 1}`, TEACH_LIMITS.paragraph, false);
    if (typeof t !== 'string') return fail(t.message);
    if (t.trim() !== '') paragraphs.push(t);
  }
  if (typeof raw.setup !== 'string') return fail('The lesson has no setup.');
  const decoded = decodeConfig(raw.setup);
  if (decoded.corrections.length > 0) return fail(`The setup is not one this page can load: ${decoded.corrections[0]}`);
  const config = decoded.config;
  const weights = weightsOf(raw.weights, config);
  if (bad(weights)) return fail(weights.message);
  if (!Array.isArray(raw.steps) || raw.steps.length === 0) return fail('The lesson has no steps: it needs at least one thing to do.');
  if (raw.steps.length > TEACH_LIMITS.steps) return fail(`A lesson has at most ${TEACH_LIMITS.steps} steps.`);
  const steps: TeachStep[] = [];
  for (const [i, s] of raw.steps.entries()) {
    const where = `Step ${i + 1}`;
    if (!isObject(s)) return fail(`${where} should have a task and a check.`);
    const task = text(s.task, `${where}'s task`, TEACH_LIMITS.task, true);
    if (typeof task !== 'string') return fail(task.message);
    const check = checkOf(s.check, where, config);
    if (bad(check)) return fail(check.message);
    steps.push({ task, check: check as TeachCheck });
  }
  const locked = listOf(raw.locked, CONTROLS, 'controls');
  if (bad(locked)) return fail(locked.message);
  const hidden = listOf(raw.hidden, PANELS, 'panels');
  if (bad(hidden)) return fail(hidden.message);
  return { ok: true, config, doc: { format: TEACH_FORMAT, version: TEACH_VERSION, title, paragraphs, setup: raw.setup, weights, steps, locked, hidden } };
}

/** Reads a lesson from JSON text (a file, or a link once unpacked). */
export function parseTeachJson(json: string): TeachResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('This is not a Layerlab lesson: it is not even JSON.');
  }
  return readTeachDoc(raw);
}

/** A lesson for a setup, with its setup written as a link writes it. */
export function makeTeachDoc(parts: Omit<TeachDoc, 'format' | 'version' | 'setup'> & { config: PlaygroundConfig }): TeachDoc {
  const { config, ...rest } = parts;
  return { format: TEACH_FORMAT, version: TEACH_VERSION, ...rest, setup: encodeConfig(config) };
}
