// The one place the export reads the page's state: the setup, the weights on screen and the data as the
// page has it (plane points from the worker, a table's raw rows and statistics), gathered into an ExportInput.
// Everything else under src/export and src/ui/export is free of stores.

import { randomNoise } from '../../engine/datasets/noise.ts';
import { tabularTable } from '../../tables/tabular.ts';
import { TABULAR_DATASETS } from '../../tables/tabularDatasets.ts';
import type { ExportData, ExportInput, TableExportData } from '../../export/index.ts';
import { configOf, useConfigStore } from '../../state/configStore.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { DATASET_LABELS, isPlane, isTableSource, NOISE_SHAPE } from '../../setup/catalogue.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { compileOptionsOf, heldOutCount } from '../../setup/rules.ts';
import { pixelNames } from '../../tables/sources.ts';
import { splitOrder } from '../../tables/split.ts';
import { useTableStore } from '../../state/tableStore.ts';
import { rawSourceOf } from '../../state/tableSync.ts';

export type ExportInputResult = { ok: true; input: ExportInput } | { ok: false; message: string };

function tableExportData(config: PlaygroundConfig): TableExportData | string {
  if (config.dataset === 'noise') {
    const { inputs: d, classes } = NOISE_SHAPE;
    const noise = randomNoise({ samples: config.samples, features: d, classes, seed: config.seed });
    return {
      kind: 'table',
      name: DATASET_LABELS.noise,
      task: 'multiclass',
      classes,
      classNames: Array.from({ length: classes }, (_, i) => String(i)),
      inputNames: Array.from({ length: d }, (_, j) => `x${j + 1}`),
      targetName: 'label',
      rows: noise.x,
      targets: Float64Array.from(noise.y),
      validationCount: heldOutCount(noise.n, config.validationSplit),
      preprocess: { kind: 'none' },
      targetScale: null,
    };
  }
  if (!isTableSource(config.dataset)) return 'There are no data to export.';
  const table = useTableStore.getState().table;
  const raw = rawSourceOf(config.dataset);
  if (!table || !raw || table.source !== config.dataset) return 'The data are still loading.';
  const name = raw.kind === 'csv' ? raw.fileName : DATASET_LABELS[table.source];
  const common = { name, task: table.task, classes: table.classes, classNames: table.classNames, targetName: table.targetName, targetScale: table.targetScale };
  if (raw.kind === 'digits') {
    const { images, labels, count, rows: h, cols: w } = raw.images;
    const d = h * w;
    // Rows are written in the page's order, so Keras' validation_split (the last rows) holds out the same ones.
    const { order, cut } = splitOrder(count, table);
    const validationCount = count - cut;
    const rows = new Float64Array(count * d);
    const targets = new Float64Array(count);
    order.forEach((src, i) => {
      for (let j = 0; j < d; j++) rows[i * d + j] = images[src * d + j];
      targets[i] = labels[src];
    });
    return { kind: 'table', ...common, inputNames: pixelNames(h, w), rows, targets, validationCount, preprocess: { kind: 'pixels' } };
  }
  const csv = raw.kind === 'csv' ? raw.table : tabularTable(raw.name, raw.raw);
  const features = raw.kind === 'csv' ? raw.choice.features : TABULAR_DATASETS[raw.name].featureNames;
  const target = raw.kind === 'csv' ? raw.choice.target : TABULAR_DATASETS[raw.name].target;
  const columns = features.map((f) => csv.columns.indexOf(f));
  const t = csv.columns.indexOf(target);
  const d = features.length;
  const n = csv.rows.length;
  const { order, cut } = splitOrder(n, table);
  const validationCount = n - cut;
  const rows = new Float64Array(n * d);
  const targets = new Float64Array(n);
  // Class names are sorted labels; numeric labels are named by their number ("1.0" is class "1").
  const classOf = (label: string) => (table.classNames.includes(label) ? table.classNames.indexOf(label) : table.classNames.indexOf(String(Number(label))));
  order.forEach((src, i) => {
    const row = csv.rows[src];
    columns.forEach((c, j) => (rows[i * d + j] = Number(row[c])));
    targets[i] = table.task === 'regression' ? Number(row[t]) : classOf(row[t]);
  });
  if (!table.stats) return 'This table has no standardisation statistics.';
  const preprocess = { kind: 'standardize' as const, mean: table.stats.map((s) => s.mean), std: table.stats.map((s) => s.std) };
  return { kind: 'table', ...common, inputNames: table.inputNames, rows, targets, validationCount, preprocess };
}

/** The setup on screen as an export input, or why there is none yet. */
export function readExportInput(): ExportInputResult {
  const config = configOf(useConfigStore.getState());
  const training = useTrainingStore.getState();
  if (!training.spec || !training.params) return { ok: false, message: 'The network is not built yet.' };
  let data: ExportData;
  if (isPlane(config.dataset)) {
    const points = training.data;
    if (!points) return { ok: false, message: 'The data are not generated yet.' };
    data = {
      kind: 'plane',
      name: DATASET_LABELS[config.dataset],
      task: points.task,
      classes: points.classes,
      points: Float64Array.from([...points.trainX, ...points.validationX]),
      targets: Float64Array.from([...points.trainY, ...points.validationY]),
      validationCount: points.validationY.length,
      features: [...config.features],
    };
  } else {
    const table = tableExportData(config);
    if (typeof table === 'string') return { ok: false, message: table };
    data = table;
  }
  if (data.targets.length * training.spec.inputs === 0) return { ok: false, message: 'There are no data to export.' };
  const c = compileOptionsOf(config, data.task);
  return {
    ok: true,
    input: {
      spec: training.spec,
      compile: {
        optimizer: config.optimizer,
        learningRate: config.learningRate,
        momentum: c.momentum ?? 0,
        nesterov: false,
        loss: config.loss,
        l1: c.l1 ?? 0,
        l2: c.l2 ?? 0,
      },
      // The scripts train (with --fit) as many epochs as the page has so far, at least one.
      fit: { epochs: Math.max(1, training.epoch), batchSize: config.batchSize, validationSplit: config.validationSplit, shuffle: true },
      initializer: config.initializer,
      seed: config.seed,
      params: training.params.slice(),
      data,
    },
  };
}
