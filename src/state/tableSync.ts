/// <reference types="vite/client" />
// (The reference above types import.meta.env for loadDataset.ts when Node-side tests reach this file through the session.)
// Keeps the worker supplied with the table the setup names. The page downloads the digits and the small
// built-in tables (with progress), has them prepared for the setup's split and seed off its own thread
// (src/tables/preparer.ts), and hands them to the worker in one 'tableData' command; the learner's CSV
// arrives through importCsvInWorker (from the dialog, or from storage on a reload) once it prepared cleanly.
// A setup naming a table waits in the worker until its data arrives, so nothing here has to race it.

import { formatBytes } from '../tables/sources.ts';
import { loadMnist, loadMnistFull, loadTabular } from '../tables/loadDataset.ts';
import { TABULAR_NAMES, type TabularName } from '../tables/tabularDatasets.ts';
import type { CsvTable } from '../tables/csv.ts';
import { useConfigStore } from './configStore.ts';
import { isTableSource, type TableSource } from '../setup/catalogue.ts';
import { defaultValidationRowsOf, type SplitChoice, type ValidationRows } from '../setup/config.ts';
import { shapeOfTable } from '../setup/shape.ts';
import type { TableData } from '../setup/tableData.ts';
import { validationRow, type CsvChoice, type PrepareResult, type RawSource } from '../tables/prepare.ts';
import { createPreparer } from '../tables/preparer.ts';
import { useTableStore } from './tableStore.ts';

const raws = new Map<TableSource, RawSource>();
/** Bumped when a source's raw data is replaced (a new CSV), so the same split and seed still make new data. */
const versions = new Map<TableSource, number>();
const loads = new Map<TableSource, Promise<void>>();
/** Downloads under way, so the learner can cancel one. */
const aborts = new Map<TableSource, AbortController>();
/** A table the import dialog already prepared, reused rather than prepared twice. */
let cached: { key: string; result: Extract<PrepareResult, { ok: true }> } | null = null;
let lastSentKey = '';
/** The table being prepared for the setup, so that asking again does not prepare it twice. */
let pendingKey = '';
const preparer = createPreparer();
let nextId = 1;
let send: ((data: TableData) => void) | null = null;
let syncTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Preparing the digits takes a moment and hands the worker tens of megabytes: while a split slider is
 * dragged, prepare once it rests. A new dataset is prepared at once.
 */
const SPLIT_DELAY_MS = 150;

function keyOf(source: TableSource, { validationSplit, validationRows, seed }: SplitChoice): string {
  return JSON.stringify([source, versions.get(source) ?? 0, validationSplit, validationRows, seed]);
}

function splitOf(): SplitChoice {
  const { validationSplit, validationRows, seed } = useConfigStore.getState();
  return { validationSplit, validationRows, seed };
}

function currentKey(): string {
  const { dataset } = useConfigStore.getState();
  return isTableSource(dataset) ? keyOf(dataset, splitOf()) : '';
}

/** Starts following the setup; `sendTable` hands a prepared table to the worker (transferring its arrays). */
export function startTableSync(sendTable: (data: TableData) => void): () => void {
  send = sendTable;
  lastSentKey = '';
  sync();
  const stop = useConfigStore.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset || s.validationRows !== prev.validationRows) sync();
    else if (s.validationSplit !== prev.validationSplit || s.seed !== prev.seed) {
      clearTimeout(syncTimer);
      syncTimer = setTimeout(sync, SPLIT_DELAY_MS);
    }
  });
  return () => {
    stop();
    clearTimeout(syncTimer);
    send = null;
  };
}

/** Makes sure the worker has the table the setup names, for its split and seed: loads, prepares, sends. */
export function sync(): void {
  clearTimeout(syncTimer);
  syncTimer = undefined;
  const { dataset } = useConfigStore.getState();
  if (!isTableSource(dataset)) return;
  const raw = raws.get(dataset);
  if (!raw) {
    if (dataset !== 'csv') void load(dataset);
    return;
  }
  const split = splitOf();
  const key = keyOf(dataset, split);
  if (key === lastSentKey || key === pendingKey || !send) return;
  if (cached?.key === key) {
    adopt(key, cached.result, send);
    return;
  }
  cached = null;
  pendingKey = key;
  void preparer.prepare(dataset, raw, split, nextId++, 'setup').then((result) => {
    if (pendingKey === key) pendingKey = '';
    // Null: a newer split or seed superseded it. The setup may also have moved on while it was prepared.
    if (result && send && key === currentKey()) adopt(key, result, send);
  });
}

/** Shows a prepared table and hands it to the worker, or says why it could not be prepared. */
function adopt(key: string, result: PrepareResult, sendTable: (data: TableData) => void): void {
  cached = null;
  const store = useTableStore.getState();
  if (!result.ok) {
    store.setPrepareError(result.error.message);
    return;
  }
  lastSentKey = key;
  const previous = store.sample;
  store.setTable(result.table);
  // A drawn digit stays drawn; otherwise follow the first validation row of the new data.
  const keepDrawn = previous?.origin === 'drawn' && previous.x.length === result.table.inputNames.length;
  if (!keepDrawn) {
    const x = validationRow(result.table, 0);
    store.setSample(x ? { origin: 'row', index: 0, x } : null);
  }
  sendTable(result.data);
}

/** Downloads a built-in source (once; again after a failure). */
export function load(source: Exclude<TableSource, 'csv'>): Promise<void> {
  const running = loads.get(source);
  if (running) return running;
  const store = useTableStore.getState();
  store.setStatus(source, { state: 'loading', loaded: 0, total: null, error: null });
  const abort = new AbortController();
  aborts.set(source, abort);
  const { signal } = abort;
  let last = 0;
  const onProgress = (loaded: number, total: number | null) => {
    // A progress bar needs no more than ~100 updates.
    if (loaded - last < 65_536 && loaded !== total) return;
    last = loaded;
    useTableStore.getState().setStatus(source, { loaded, total });
  };
  const task = (async () => {
    try {
      if (source === 'digits') {
        raws.set('digits', { kind: 'digits', images: await loadMnist(onProgress, { signal }) });
      } else if (source === 'mnist') {
        const { train, test } = await loadMnistFull(onProgress, { signal });
        raws.set('mnist', { kind: 'digits', images: train, test });
      } else {
        const name: TabularName = source;
        raws.set(source, { kind: 'tabular', name, raw: await loadTabular(name, { signal }) });
      }
      useTableStore.getState().setStatus(source, { state: 'ready', error: null });
      sync();
    } catch (e) {
      const { loaded } = useTableStore.getState().status[source];
      const error = signal.aborted ? `Download cancelled after ${formatBytes(loaded)}.` : e instanceof Error ? e.message : String(e);
      useTableStore.getState().setStatus(source, { state: 'error', error });
    } finally {
      loads.delete(source);
      aborts.delete(source);
    }
  })();
  loads.set(source, task);
  return task;
}

/** Stops a download under way; the learner can start it again. */
export function cancelLoad(source: TableSource): void {
  aborts.get(source)?.abort();
}

export const BUILT_IN_SOURCES: readonly Exclude<TableSource, 'csv'>[] = [...TABULAR_NAMES, 'digits', 'mnist'];

/**
 * The learner's CSV, prepared off the page for `validationSplit`, its last rows held out as Keras would
 * (a new file starts there; the data panel can shuffle them), and the current seed; when it prepared
 * without error, it becomes the data (see adoptCsv). Null when `signal` was aborted meanwhile (the
 * learner closed the dialog) or another import superseded it: then nothing changed.
 */
export async function importCsvInWorker(
  fileName: string,
  table: CsvTable,
  choice: CsvChoice,
  validationSplit: number,
  signal?: AbortSignal,
  validationRows: ValidationRows = defaultValidationRowsOf('csv'),
): Promise<PrepareResult | null> {
  const split: SplitChoice = { validationSplit, validationRows, seed: useConfigStore.getState().seed };
  const raw: RawSource = { kind: 'csv', fileName, table, choice };
  const result = await preparer.prepare('csv', raw, split, nextId++, 'import');
  if (!result || signal?.aborted) return null;
  if (result.ok) adoptCsv(raw, split, result);
  return result;
}

/** A source prepared off the page and not taken up (to compare with the table a saved model learnt from). */
export async function prepareInWorker(source: TableSource, raw: RawSource, split: SplitChoice): Promise<PrepareResult> {
  // Outside a lane, nothing supersedes it.
  return (await preparer.prepare(source, raw, split, 0))!;
}

/**
 * The learner's CSV, prepared without error: remember it, switch the setup to it, and send it. Only a
 * table that prepared cleanly comes here, so a bad file never reaches the worker and the learner's
 * current data and model stay as they were.
 */
function adoptCsv(raw: RawSource, split: SplitChoice, result: Extract<PrepareResult, { ok: true }>): void {
  raws.set('csv', raw);
  versions.set('csv', (versions.get('csv') ?? 0) + 1);
  useTableStore.getState().setStatus('csv', { state: 'ready', error: null });
  // Switching the setup runs sync(), which sends this very table rather than preparing it again.
  cached = { key: keyOf('csv', split), result };
  useConfigStore.getState().useCsv(shapeOfTable(result.data), split.validationSplit, split.validationRows);
  // Also when the setup did not change (the same split and seed, another file).
  sync();
}

/** The learner's CSV as imported (the parsed table and the choices made for it), to store with the session. */
export function csvSource(): { fileName: string; table: CsvTable; choice: CsvChoice } | null {
  const raw = raws.get('csv');
  return raw?.kind === 'csv' ? { fileName: raw.fileName, table: raw.table, choice: raw.choice } : null;
}

/** The name of the CSV last imported, if any. */
export function csvFileName(): string | null {
  const raw = raws.get('csv');
  return raw?.kind === 'csv' ? raw.fileName : null;
}

/** The raw data the page prepared a source from, for the code export to write out as the page has it. */
export function rawSourceOf(source: TableSource): RawSource | undefined {
  return raws.get(source);
}
