// The network's inputs and targets from the data as the page has it, computed exactly as the page does,
// and the same rules written out for the Python scripts (features from (x1, x2), standardisation, one-hot).
import { applyFeatures } from '../engine/datasets/features.ts';
import { oneHot } from '../engine/datasets/scaling.ts';
import { createModel } from '../engine/index.ts';
import type { FeatureName } from '../engine/index.ts';
import type { ExportData, ExportInput, Preview } from './types.ts';

/** Samples every script prints, and the dialog shows. */
export const PREVIEW_ROWS = 5;

/** Above this many values (about 200 kB of text) the data go in a CSV file beside the script, not inside it. */
export const INLINE_DATA_LIMIT = 20_000;
export const DATA_FILE = 'layerlab_data.csv';

export function rowCount(data: ExportData): number {
  return data.targets.length;
}

export function trainCount(data: ExportData): number {
  return rowCount(data) - data.validationCount;
}

/** n rows of the network's inputs, row-major, as the worker computes them. */
export function networkInputs(data: ExportData): Float64Array {
  const n = rowCount(data);
  if (data.kind === 'plane') return applyFeatures(data.points, n, data.features);
  const d = data.inputNames.length;
  const p = data.preprocess;
  if (p.kind === 'none') return Float64Array.from(data.rows);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = data.rows[i * d + j];
      x[i * d + j] = p.kind === 'pixels' ? v / 255 : (v - p.mean[j]) / p.std[j];
    }
  }
  return x;
}

/** The targets as the loss sees them: one-hot rows (multiclass), 0/1, or the (standardised) value. */
export function networkTargets(data: ExportData): Float64Array {
  if (data.task === 'multiclass') return oneHot(data.targets, data.classes);
  const scale = data.kind === 'table' ? data.targetScale : null;
  return scale ? data.targets.map((v) => (v - scale.mean) / scale.std) : Float64Array.from(data.targets);
}

export function inputWidth(data: ExportData): number {
  return data.kind === 'plane' ? data.features.length : data.inputNames.length;
}

/** The first PREVIEW_ROWS training samples as they enter the network, and what the engine predicts for them. */
export function previewOf(input: ExportInput): Preview {
  const d = inputWidth(input.data);
  const m = Math.min(PREVIEW_ROWS, rowCount(input.data));
  const x = networkInputs(input.data).subarray(0, m * d);
  const model = createModel(input.spec, { initializer: 'zeros' });
  model.setParams(input.params);
  const out = model.predictBatch(x, m);
  const k = model.outputs;
  return {
    inputs: Array.from({ length: m }, (_, r) => Array.from(x.subarray(r * d, (r + 1) * d))),
    predictions: Array.from({ length: m }, (_, r) => Array.from(out.subarray(r * k, (r + 1) * k))),
  };
}

/** Column names of the data file: the raw columns, then the target. */
function columnsOf(data: ExportData): string[] {
  if (data.kind === 'plane') return ['x1', 'x2', data.task === 'regression' ? 'target' : 'label'];
  return [...data.inputNames, data.task === 'regression' ? data.targetName : `${data.targetName} (class index)`];
}

function csvCell(name: string): string {
  return /[",\n\r]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;
}

/** The raw data, one row per sample, the target last. Numbers are written as JavaScript prints them, which Python reads back exactly. */
export function dataCsv(data: ExportData, header: boolean): string {
  const n = rowCount(data);
  const width = data.kind === 'plane' ? 2 : data.inputNames.length;
  const values = data.kind === 'plane' ? data.points : data.rows;
  const lines = header ? [columnsOf(data).map(csvCell).join(',')] : [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < width; j++) row.push(values[i * width + j]);
    row.push(data.targets[i]);
    lines.push(row.join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function dataIsInline(data: ExportData): boolean {
  return rowCount(data) * ((data.kind === 'plane' ? 2 : data.inputNames.length) + 1) <= INLINE_DATA_LIMIT;
}

/** The import the data block needs: io for the data inside the script, Path for the file beside it. */
export function pythonDataImport(data: ExportData): string {
  return dataIsInline(data) ? 'import io' : 'from pathlib import Path';
}

const FEATURE_PY: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1 * x1',
  x2sq: 'x2 * x2',
  x1x2: 'x1 * x2',
  sinx1: 'np.sin(x1)',
  sinx2: 'np.sin(x2)',
};

/** A Python float literal that reads back as exactly this double. */
export function py(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot export ${v}: weights and statistics must be finite`);
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export function pyList(values: ArrayLike<number>): string {
  return `[${Array.from(values, py).join(', ')}]`;
}

/** A kernel as a NumPy literal, one row of the matrix (one input) per line. */
export function pyMatrix(rows: number[][], indent: string): string {
  return `np.array([\n${rows.map((r) => `${indent}    ${pyList(r)},`).join('\n')}\n${indent}])`;
}

/** A Python string literal (JSON's escapes are Python's). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/**
 * Python that defines x (the network's inputs, float64) and y (the targets as the loss sees them),
 * from the data inside the script or in DATA_FILE beside it, plus N_TRAIN and N_VALIDATION.
 */
export function pythonData(data: ExportData): string {
  const n = rowCount(data);
  const nTrain = trainCount(data);
  const lines: string[] = [];
  const what =
    data.kind === 'plane'
      ? `the ${data.name} points (x1, x2) and their ${data.task === 'regression' ? 'target' : 'class'}`
      : `the ${data.name} table: ${data.inputNames.length} input columns, then ${data.task === 'regression' ? `the target '${data.targetName}'` : `the class index of '${data.targetName}'`}`;
  lines.push(`# The data as the playground has it: ${what}.`);
  lines.push(`# Rows are in the playground's order: the first ${nTrain} are the training rows, the last ${data.validationCount} the validation rows.`);
  if (dataIsInline(data)) {
    lines.push(`COLUMNS = [${columnsOf(data).map(pyString).join(', ')}]`);
    lines.push(`DATA = """\\\n${dataCsv(data, false)}"""`);
    lines.push('data = np.loadtxt(io.StringIO(DATA), delimiter=",", ndmin=2)');
  } else {
    lines.push(`# ${n} rows are too many to write inside the script: they are in ${DATA_FILE}, beside it.`);
    lines.push(`data = np.loadtxt(Path(__file__).with_name(${pyString(DATA_FILE)}), delimiter=",", skiprows=1, ndmin=2)`);
  }
  lines.push(`N_TRAIN, N_VALIDATION = ${nTrain}, ${data.validationCount}`);
  if (data.kind === 'plane') {
    lines.push('x1, x2 = data[:, 0], data[:, 1]');
    lines.push("# The network's inputs, computed from (x1, x2) as the playground does (no rescaling).");
    lines.push(`x = np.column_stack([${data.features.map((f) => FEATURE_PY[f]).join(', ')}])`);
  } else if (data.preprocess.kind === 'standardize') {
    lines.push('# Standardised with the mean and (population) standard deviation of the training rows only.');
    lines.push(`MEAN = np.array(${pyList(data.preprocess.mean)})`);
    lines.push(`STD = np.array(${pyList(data.preprocess.std)})`);
    lines.push('x = (data[:, :-1] - MEAN) / STD');
  } else if (data.preprocess.kind === 'pixels') {
    lines.push('x = data[:, :-1] / 255.0  # pixels 0-255 become 0-1');
  } else {
    lines.push('x = data[:, :-1]');
  }
  if (data.task === 'multiclass') {
    if (data.kind === 'table') lines.push(`CLASS_NAMES = [${data.classNames.map(pyString).join(', ')}]`);
    lines.push(`y = np.eye(${data.classes})[data[:, -1].astype(int)]  # one-hot rows for the softmax output`);
  } else if (data.kind === 'table' && data.targetScale) {
    lines.push(`TARGET_MEAN, TARGET_STD = ${py(data.targetScale.mean)}, ${py(data.targetScale.std)}`);
    lines.push('y = (data[:, -1:] - TARGET_MEAN) / TARGET_STD  # the network predicts the standardised target');
  } else {
    if (data.kind === 'table' && data.task === 'binary') lines.push(`CLASS_NAMES = [${data.classNames.map(pyString).join(', ')}]`);
    lines.push('y = data[:, -1:]');
  }
  return lines.join('\n');
}

/** The files an export's data needs beside the script: none when they are inside it. */
export function dataFiles(data: ExportData): { name: string; content: string }[] {
  return dataIsInline(data) ? [] : [{ name: DATA_FILE, content: dataCsv(data, true) }];
}

/** Python that prints the contract line for the first PREVIEW_ROWS samples; `predict` names the call. */
export function pythonPrint(predict: (x: string) => string): string {
  return [`sample = x[:${PREVIEW_ROWS}]`, `print(json.dumps({"inputs": sample.tolist(), "predictions": np.asarray(${predict('sample')}).tolist()}))`].join('\n');
}

/** Kernels ([inputs][units]) and biases of every layer, from the flat Keras-order parameters. */
export function layerWeights(input: ExportInput): { kernel: number[][]; bias: number[] }[] {
  let offset = 0;
  const p = input.params;
  let width = input.spec.inputs;
  return input.spec.layers.map(({ units }) => {
    const kernel = Array.from({ length: width }, (_, i) => Array.from({ length: units }, (_, j) => p[offset + i * units + j]));
    offset += width * units;
    const bias = Array.from({ length: units }, (_, j) => p[offset + j]);
    offset += units;
    width = units;
    return { kernel, bias };
  });
}
