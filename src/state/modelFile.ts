// A saved session: one versioned JSON file with the setup, the network (weights and the optimiser's
// memory, in the engine's own model format), the trainer's progress and history, and for tables how
// the data was prepared. Opening checks all of it before anything changes, and says what is wrong
// in a learner's words; the engine checks the network and the progress, this file what fits the setup.

import { createModel, modelFromJSON, type Task } from '../engine/index.ts';
import { EngineError } from '../engine/types.ts';
import type { TrainingCheckpoint } from '../worker/protocol.ts';
import { readModelFile } from '../engine/modelFile.ts';
import { MAX_PARAMETERS, parameterCount } from '../engine/shape.ts';
import type { ModelJSON } from '../engine/modelFile.ts';
import type { ModelSpec } from '../engine/types.ts';
import { readTrainerState, type TrainerState } from '../engine/trainerState.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { isTableSource, DATASET_LABELS } from '../setup/catalogue.ts';
import { compileOptionsOf, dataShapeOf, heldOutCount, modelSpecOf } from '../setup/rules.ts';
import { FileProblem, isRecord, onlyKeys, ordinal, readConfig, readTableInfo, refuse, shown, type TableInfo } from './modelFileChecks.ts';

export type { TableInfo, CsvPart } from './modelFileChecks.ts';

export const SESSION_FORMAT = 'layerlab-session';
export const SESSION_VERSION = 1;
/** Larger files are refused before they are read: no network the playground trains comes near it. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface SessionFile {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_VERSION;
  /** When it was saved (ISO 8601), for the learner's own bookkeeping. */
  savedAt: string;
  config: PlaygroundConfig;
  /** The engine's model file, with the optimiser's memory. */
  model: ModelJSON;
  /** Where training stands: epoch, batch, shuffle order and random stream, and the history. */
  trainer: TrainerState;
  /** For tables: how the data was prepared. Null for planes and noise. */
  table: TableInfo | null;
}

export type ParseResult = { ok: true; file: SessionFile } | { ok: false; message: string };

const KEYS = ['format', 'version', 'savedAt', 'config', 'model', 'trainer', 'table'];

export function buildModelFile(parts: Omit<SessionFile, 'format' | 'version'>): string {
  const file: SessionFile = { format: SESSION_FORMAT, version: SESSION_VERSION, ...parts };
  return JSON.stringify(file);
}

/** `circle-epoch-120.layerlab.json`; a CSV's model is named after the CSV. */
export function modelFileName(config: Pick<PlaygroundConfig, 'dataset'>, epoch: number, csvFileName?: string | null): string {
  const base = config.dataset === 'csv' && csvFileName ? csvFileName.replace(/\.[^.]*$/, '') : config.dataset;
  const safe = base.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'model';
  return `${safe}-epoch-${epoch}.layerlab.json`;
}

/** Reads a saved session. Never throws: a bad file comes back as a message saying what is wrong. */
export function parseModelFile(text: string): ParseResult {
  try {
    return { ok: true, file: read(text) };
  } catch (e) {
    if (e instanceof FileProblem) return { ok: false, message: e.message };
    // Anything else is a gap in the checks; still a refusal, never a half-opened model.
    return { ok: false, message: `This file could not be opened: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Bytes that are not UTF-8 text (read as U+FFFD), or control characters other than tab and line breaks. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < Math.min(text.length, 4096); i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return true;
  }
  return false;
}

function parseJSON(text: string): unknown {
  if (text.trim() === '') refuse('This file is empty.');
  // The parser's message would quote the file's first bytes, which for a picture or an archive are noise.
  if (looksBinary(text)) refuse('This is not a Layerlab model file: it is not text at all (a picture, an archive or another program’s file?). Save model writes a .json file.');
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(detail);
    const atEnd = at ? Number(at[1]) >= text.trimEnd().length : /end of (JSON )?input|unterminated/i.test(detail);
    if (atEnd) refuse('This file ends too early: it was probably cut off while it was saved or copied.');
    refuse(`This is not a Layerlab model file: it is not JSON (${detail}).`);
  }
}

function read(text: string): SessionFile {
  if (text.length > MAX_FILE_BYTES) refuse(`This file is ${Math.round(text.length / 1e6)} MB, larger than any network this playground trains.`);
  const data = parseJSON(text);
  if (!isRecord(data)) refuse(`This is not a Layerlab model file: it holds ${shown(data)}, not a saved session.`);
  if (data.format === 'layerlab-model')
    refuse('This file holds a network on its own (the engine\'s "layerlab-model" format), without its setup and data. Open model reads the files Save model writes.');
  if (data.format !== SESSION_FORMAT) refuse(`This is not a Layerlab model file: its format is ${shown(data.format)}, not "${SESSION_FORMAT}".`);
  if (data.version !== SESSION_VERSION) {
    if (typeof data.version === 'number' && data.version > SESSION_VERSION)
      refuse(`This file was saved by a newer Layerlab (version ${data.version}); this one reads version ${SESSION_VERSION}.`);
    refuse(`This file's version is ${shown(data.version)}; this Layerlab reads version ${SESSION_VERSION}.`);
  }
  onlyKeys(data, KEYS, 'The file');
  for (const [key, what] of [
    ['config', 'its setup'],
    ['model', 'its network'],
    ['trainer', 'its training progress'],
    ['table', 'its table (null for a plane)'],
  ] as const) {
    if (data[key] === undefined) refuse(`This file is missing ${what} ("${key}").`);
  }
  if (typeof data.savedAt !== 'string') refuse(`The file's save date is ${shown(data.savedAt)}.`);
  const dataset = isRecord(data.config) ? data.config.dataset : undefined;
  const tableWanted = typeof dataset === 'string' && isTableSource(dataset as PlaygroundConfig['dataset']);
  if (!tableWanted && data.table !== null)
    refuse(`This model was trained on ${DATASET_LABELS[dataset as PlaygroundConfig['dataset']] ?? shown(dataset)}, which is not a table, but the file describes a table.`);
  const table = tableWanted ? readTableInfo(data.table, dataset as string) : null;
  const config = readConfig(data.config, table?.task ?? null);
  const shape = dataShapeOf(config, table && { inputs: table.inputNames.length, task: table.task, classes: table.classes });
  const spec = modelSpecOf(config, shape);
  const count = parameterCount(spec);
  if (count > MAX_PARAMETERS)
    refuse(`This network has ${count.toLocaleString('en')} weights and biases, more than a browser can train (at most ${MAX_PARAMETERS.toLocaleString('en')}).`);
  checkFitsSetup(data.model, spec);
  const model = engine('network', () => readModelFile(data.model));
  if (!model.compile) refuse("This file's network has no compile settings (optimizer, loss), so it cannot be trained on.");
  const expected = compileOptionsOf(config, shape.task);
  for (const [key, value] of Object.entries(expected)) {
    const saved = (model.compile as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(saved) !== JSON.stringify(value)) refuse(`This file's network was compiled with ${key} ${shown(saved)}, but its setup says ${JSON.stringify(value)}.`);
  }
  if (!model.optimizer) refuse(`This file has the weights but not the optimizer's memory (${config.optimizer}), so training could not carry on exactly where it stopped.`);
  const n = table ? table.trainCount : config.samples - heldOutCount(config.samples, config.validationSplit);
  if (table && table.trainCount + table.validationCount < 2) refuse('The table in the file has fewer than two rows.');
  const trainer = engine('training progress', () => readTrainerState(data.trainer, n, 'trainer'));
  if (trainer.batchSize !== config.batchSize) refuse(`The training progress was saved with batch size ${trainer.batchSize}, but its setup says ${config.batchSize}.`);
  return { format: SESSION_FORMAT, version: SESSION_VERSION, savedAt: data.savedAt, config, model: data.model as ModelJSON, trainer: data.trainer as TrainerState, table };
}

/**
 * The weights' shapes against the setup, before the engine reads them against the file's own
 * architecture: a file edited by hand most often breaks here, and this says it in the setup's terms.
 */
function checkFitsSetup(model: unknown, spec: ModelSpec): void {
  if (!isRecord(model)) return;
  const own = model.model;
  if (isRecord(own) && Array.isArray(own.layers)) {
    const layers: unknown[] = own.layers;
    const v = (x: unknown) => (typeof x === 'number' || typeof x === 'string' ? String(x) : '?');
    const text = (inputs: unknown, ls: unknown[]) => [v(inputs), ...ls.map((l) => (isRecord(l) ? `${v(l.units)} ${v(l.activation)}` : '?'))].join(' → ');
    const theirs = text(own.inputs, layers);
    const ours = text(spec.inputs, spec.layers);
    if (theirs !== ours) refuse(`This file's network is ${theirs}, but its setup builds ${ours}.`);
  }
  if (!Array.isArray(model.weights)) return;
  const inputs = spec.inputs;
  const units = spec.layers.map((l) => l.units);
  const w = model.weights;
  if (w.length !== units.length * 2) {
    refuse(`This file's network has ${Math.floor(w.length / 2)} layers of weights, but its setup has ${units.length} (${units.length - 1} hidden and the output layer).`);
  }
  units.forEach((u, l) => {
    const feeds = l === 0 ? inputs : units[l - 1];
    const kernel = w[2 * l];
    const bias = w[2 * l + 1];
    const layer = l === units.length - 1 ? 'output layer' : `${ordinal(l)} layer`;
    if (Array.isArray(kernel) && kernel.length !== feeds) {
      refuse(`This file's ${layer} has ${kernel.length} weights per neuron, but its setup feeds it ${feeds} ${feeds === 1 ? 'input' : 'inputs'}.`);
    }
    if (Array.isArray(kernel) && Array.isArray(kernel[0]) && kernel[0].length !== u) {
      refuse(`This file's ${layer} has ${kernel[0].length} neurons, but its setup gives it ${u}.`);
    }
    if (Array.isArray(bias) && bias.length !== u) refuse(`This file's ${layer} has ${bias.length} biases, but its setup gives it ${u} neurons.`);
  });
}

/** Runs one of the engine's checks; its refusal (which names the field) becomes a sentence. */
function engine<T>(what: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof EngineError) refuse(`This file's ${what} is damaged: ${inWords(e.path)} ${e.message.slice(e.path ? e.path.length + 2 : 0)}.`.replace(/\.\.$/, '.'));
    throw e;
  }
}

/** An engine path in words: weights[2][0][3] → "the second layer's weight from input 1 to neuron 4". */
function inWords(path: string): string {
  const weight = /^(weights|optimizer\.slots\.(\w+))\[(\d+)\](?:\[(\d+)\])?(?:\[(\d+)\])?/.exec(path);
  if (weight) {
    const [, , slot, arr, a, b] = weight;
    const p = Number(arr);
    const layer = `the ${ordinal(Math.floor(p / 2))} layer's`;
    const of = slot ? ` (optimizer ${slot})` : '';
    if (p % 2 === 1) return `${layer} biases${a !== undefined ? ` (neuron ${Number(a) + 1})` : ''}${of}`;
    if (b !== undefined) return `${layer} weight from input ${Number(a) + 1} to neuron ${Number(b) + 1}${of}`;
    return `${layer} weights${a !== undefined ? ` (input ${Number(a) + 1})` : ''}${of}`;
  }
  if (path === 'weights') return 'the weights:';
  return path ? `${path}:` : '';
}

/** The network part of a file, written by the engine from a checkpoint: weights and the optimiser's memory. */
export function modelJSONOf(checkpoint: TrainingCheckpoint, config: PlaygroundConfig, task: Task): ModelJSON {
  const model = createModel(checkpoint.spec, { initializer: 'zeros' });
  model.setParams(checkpoint.params);
  model.compile(compileOptionsOf(config, task));
  if (checkpoint.optimizer) model.setOptimizerState(checkpoint.optimizer);
  return model.toJSON({ optimizer: true });
}

/** What the worker goes on from, out of an opened (fully checked) file. */
export function checkpointOf(file: SessionFile): TrainingCheckpoint {
  const model = modelFromJSON(file.model);
  const t = file.trainer;
  const nan = (v: number | null) => v ?? NaN;
  return {
    spec: model.spec,
    params: model.getParams(),
    optimizer: model.getOptimizerState(),
    epoch: t.epoch,
    iteration: t.iteration,
    history: t.history.map((h) => ({ ...h, accuracy: nan(h.accuracy), val_loss: nan(h.val_loss), val_accuracy: nan(h.val_accuracy) })),
    historyStride: t.historyStride,
    trainer: t,
  };
}
