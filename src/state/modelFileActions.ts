// Save model and Open model: what the buttons do. Saving asks the worker for where training stands
// and adds how the table was prepared; opening checks the whole file, and for a table prepares its
// data and compares, before the setup, the data or the worker are touched.

import { tableOf } from '../tables/csv.ts';
import type { PreparedTable, RawSource } from '../tables/prepare.ts';
import { DATASET_LABELS, isTableSource } from '../setup/catalogue.ts';
import { dataShapeOf } from '../setup/rules.ts';
import { buildModelFile, checkpointOf, MAX_FILE_BYTES, modelFileName, modelJSONOf, parseModelFile, type CsvPart, type SessionFile, type TableInfo } from './modelFile.ts';
import { pause, restoreRun } from './session.ts';
import { latestSnapshot, snapshotVersion, type SessionSnapshot } from './snapshot.ts';
import { useConfigStore } from './configStore.ts';
import { useTableStore } from './tableStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { csvFileName, importCsvInWorker, load, prepareInWorker, rawSourceOf } from './tableSync.ts';

/** `changed`: the refusal came after the setup was taken up (the worker refused), so the old run is gone. */
export type Outcome = { ok: true; message: string } | { ok: false; message: string; changed?: boolean };

/** The learner's CSV as a file would carry it, or null when the data is not a CSV. */
function csvPartOf(includeData: boolean): CsvPart | null {
  const raw = rawSourceOf('csv');
  if (raw?.kind !== 'csv') return null;
  const { columns, rows, rowNumbers } = raw.table;
  return { fileName: raw.fileName, choice: { ...raw.choice, features: [...raw.choice.features] }, data: includeData ? { columns, rows, rowNumbers } : null };
}

/** Bytes the CSV's data adds to a saved file, or null when the data is not a CSV ("Include the data (84 kB)"). */
export function csvDataBytes(): number | null {
  if (useConfigStore.getState().dataset !== 'csv') return null;
  const part = csvPartOf(true);
  return part ? new TextEncoder().encode(JSON.stringify(part.data)).length : null;
}

function tableInfoOf(t: PreparedTable, csv: CsvPart | null): TableInfo {
  return {
    source: t.source,
    task: t.task,
    classes: t.classes,
    inputNames: [...t.inputNames],
    classNames: [...t.classNames],
    targetName: t.targetName,
    stats: t.stats && t.stats.map((s) => ({ name: s.name, mean: s.mean, std: s.std })),
    targetScale: t.targetScale && { ...t.targetScale },
    trainCount: t.trainCount,
    validationCount: t.validationCount,
    csv,
  };
}

/** Waits this long at most for the paused frame (it comes within a frame or two). */
const PAUSE_TIMEOUT_MS = 5000;

/** The page's snapshot once it holds exactly what is on screen: paused, with the trainer's state. */
function currentSnapshot(): SessionSnapshot | null {
  const s = latestSnapshot();
  const t = useTrainingStore.getState();
  return s?.checkpoint.trainer && !t.playing && s.checkpoint.iteration === t.iteration && s.checkpoint.params === t.params ? s : null;
}

/** Saving pauses training, so that the file holds exactly the network on screen; resolves with that snapshot. */
function pausedSnapshot(): Promise<SessionSnapshot | null> {
  // Paused here, the worker may still be sending frames it trained before it read the pause: only a
  // frame that comes after it holds where training really stopped.
  const playing = useTrainingStore.getState().playing;
  if (playing) pause();
  const now = playing ? null : currentSnapshot();
  if (now) return Promise.resolve(now);
  const asked = snapshotVersion();
  return new Promise((resolve) => {
    const done = (s: SessionSnapshot | null) => {
      stop();
      clearTimeout(timer);
      resolve(s);
    };
    const stop = useTrainingStore.subscribe(() => {
      const s = snapshotVersion() !== asked ? currentSnapshot() : null;
      if (s) done(s);
    });
    const timer = setTimeout(() => done(currentSnapshot()), PAUSE_TIMEOUT_MS);
  });
}

/** The file for the run on screen: its name and its text. */
export async function saveModelFile(includeData: boolean): Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }> {
  if (!useTrainingStore.getState().params) return { ok: false, message: 'There is no network to save yet: the data is still loading.' };
  const snapshot = await pausedSnapshot();
  if (!snapshot) return { ok: false, message: 'The training worker has not reported where training stands yet; try again in a moment.' };
  const { config, checkpoint } = snapshot;
  let table: TableInfo | null = null;
  if (isTableSource(config.dataset)) {
    const t = useTableStore.getState().table;
    if (!t || t.source !== config.dataset || t.validationSplit !== config.validationSplit || t.seed !== config.seed) {
      return { ok: false, message: 'The table is still being prepared; save again in a moment.' };
    }
    table = tableInfoOf(t, config.dataset === 'csv' ? csvPartOf(includeData) : null);
  }
  const shape = dataShapeOf(config, table && { inputs: table.inputNames.length, task: table.task, classes: table.classes });
  const trainer = checkpoint.trainer!;
  const text = buildModelFile({ savedAt: new Date().toISOString(), config, model: modelJSONOf(checkpoint, config, shape.task), trainer, table });
  return { ok: true, name: modelFileName(config, trainer.epoch, csvFileName()), text };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How the table prepared here differs from the one the model learnt from, or null when it is the same. */
export function tableMismatch(saved: TableInfo, now: PreparedTable, label: string): string | null {
  const differ = (what: string, then: unknown, here: unknown) =>
    `This model was trained on ${label} prepared differently: ${what} ${JSON.stringify(then)} then, ${JSON.stringify(here)} now.`;
  if (!same(saved.inputNames, now.inputNames)) return differ('its input columns were', saved.inputNames, now.inputNames);
  if (saved.task !== now.task || saved.classes !== now.classes) return differ('its task was', `${saved.task}, ${saved.classes} classes`, `${now.task}, ${now.classes} classes`);
  if (!same(saved.classNames, now.classNames)) return differ('its classes were', saved.classNames, now.classNames);
  if (saved.targetName !== now.targetName) return differ('it predicted', saved.targetName, now.targetName);
  if (saved.trainCount !== now.trainCount || saved.validationCount !== now.validationCount) {
    return differ('its training and validation rows were', [saved.trainCount, saved.validationCount], [now.trainCount, now.validationCount]);
  }
  const i = (saved.stats ?? []).findIndex((s, k) => !same(s, now.stats?.[k]));
  if (i >= 0 || (saved.stats === null) !== (now.stats === null)) {
    const s = saved.stats?.[Math.max(i, 0)];
    return differ(
      `the standardisation of ${s?.name ?? 'its inputs'} (mean, standard deviation) was`,
      s && [s.mean, s.std],
      now.stats?.[Math.max(i, 0)] && [now.stats[i].mean, now.stats[i].std],
    );
  }
  if (!same(saved.targetScale, now.targetScale)) return differ('its target scale (mean, standard deviation) was', saved.targetScale, now.targetScale);
  return null;
}

/** The raw data a saved table is prepared from: built in (downloaded if need be), carried in the file, or the CSV already open. */
async function rawFor(info: TableInfo): Promise<RawSource | string> {
  if (info.source !== 'csv') {
    await load(info.source);
    return (
      rawSourceOf(info.source) ??
      `The ${DATASET_LABELS[info.source]} data could not be loaded (${useTableStore.getState().status[info.source].error ?? 'no answer'}), so this model cannot be opened yet; try again.`
    );
  }
  const csv = info.csv!;
  if (csv.data) return { kind: 'csv', fileName: csv.fileName, table: tableOf(csv.data.columns, csv.data.rows, csv.data.rowNumbers), choice: csv.choice };
  const open = rawSourceOf('csv');
  if (open?.kind === 'csv' && open.fileName === csv.fileName) return { ...open, choice: csv.choice };
  return `This model was trained on your CSV "${csv.fileName}", and the file does not include its data. Import ${csv.fileName} first, then open the model again (or save it with "Include the data" ticked).`;
}

/** Opens a saved file's text. A refusal changes nothing: the model, the data and the history stay as they were. */
export async function openModelFile(text: string): Promise<Outcome> {
  const parsed = parseModelFile(text);
  if (!parsed.ok) return parsed;
  const file: SessionFile = parsed.file;
  const { config, table } = file;
  if (table) {
    const raw = await rawFor(table);
    if (typeof raw === 'string') return { ok: false, message: raw };
    const label = table.source === 'csv' ? `"${table.csv!.fileName}"` : DATASET_LABELS[table.source];
    // Only the split's own fields: the setup's plane features must not stand in for the CSV's chosen columns.
    const split = { validationSplit: config.validationSplit, validationRows: config.validationRows, seed: config.seed };
    const prepared = await prepareInWorker(table.source, raw, split);
    if (!prepared.ok) return { ok: false, message: `The data this model was trained on cannot be prepared again: ${prepared.error.message}` };
    const mismatch = tableMismatch(table, prepared.table, label);
    if (mismatch) return { ok: false, message: mismatch };
    if (raw.kind === 'csv') {
      // The CSV becomes the learner's data, prepared with the file's seed, before the run is restored on it.
      useConfigStore.getState().setSeed(config.seed);
      const adopted = await importCsvInWorker(raw.fileName, raw.table, raw.choice, config.validationSplit, undefined, config.validationRows);
      if (!adopted?.ok) return { ok: false, message: adopted?.error.message ?? 'Another CSV was imported meanwhile; open the model again.' };
    }
  }
  const restored = await restoreRun(config, checkpointOf(file));
  if (restored.epoch === null || restored.note) {
    return {
      ok: false,
      changed: true,
      message: `The training worker could not take up all of this file (${restored.note ?? 'no reason given'}); the setup is the file's, the weights are ${restored.epoch === null ? 'fresh' : "the file's"}.`,
    };
  }
  return { ok: true, message: `Opened: ${DATASET_LABELS[config.dataset]}, epoch ${restored.epoch.toLocaleString('en')}. Press Play to train on.` };
}

/** Reads a chosen or dropped file, refusing what is too large before reading it. */
export async function openModelBlob(file: Blob & { name?: string }): Promise<Outcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, message: `This file is ${Math.round(file.size / 1e6)} MB, larger than any network this playground trains.` };
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
  return openModelFile(text);
}
