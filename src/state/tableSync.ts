/// <reference types="vite/client" />
// (The reference above types import.meta.env for loadDataset.ts when Node-side tests reach this file through the session.)
// Keeps the worker supplied with the table the setup names. The page downloads the digits and the small
// built-in tables (with progress), prepares them for the setup's split and seed, and hands them to the
// worker in one 'tableData' command; the learner's CSV arrives through importCsv once it prepared cleanly.
// A setup naming a table waits in the worker until its data arrives, so nothing here has to race it.

import { loadMnist, loadTabular } from '../tables/loadDataset.ts';
import { TABULAR_NAMES, type TabularName } from '../tables/tabular.ts';
import type { CsvTable } from '../tables/csv.ts';
import { useConfigStore } from './configStore.ts';
import { isTableSource, type TableSource } from '../setup/catalogue.ts';
import { shapeOfTable } from '../setup/shape.ts';
import { type TableData } from '../setup/tableData.ts';
import { prepareSource, validationRow, type CsvChoice, type PrepareResult, type RawSource } from '../tables/prepare.ts';
import { useTableStore } from './tableStore.ts';

const raws = new Map<TableSource, RawSource>();
/** Bumped when a source's raw data is replaced (a new CSV), so the same split and seed still make new data. */
const versions = new Map<TableSource, number>();
const loads = new Map<TableSource, Promise<void>>();
/** A table the import dialog already prepared, reused rather than prepared twice. */
let cached: { key: string; result: Extract<PrepareResult, { ok: true }> } | null = null;
let lastSentKey = '';
let nextId = 1;
let send: ((data: TableData) => void) | null = null;
let syncTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Preparing the digits takes a moment and hands the worker tens of megabytes: while a split slider is
 * dragged, prepare once it rests. A new dataset is prepared at once.
 */
const SPLIT_DELAY_MS = 150;

function keyOf(source: TableSource, validationSplit: number, seed: number): string {
  return JSON.stringify([source, versions.get(source) ?? 0, validationSplit, seed]);
}

/** Starts following the setup; `sendTable` hands a prepared table to the worker (transferring its arrays). */
export function startTableSync(sendTable: (data: TableData) => void): () => void {
  send = sendTable;
  lastSentKey = '';
  sync();
  const stop = useConfigStore.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset) sync();
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
  const { dataset, validationSplit, seed } = useConfigStore.getState();
  if (!isTableSource(dataset)) return;
  const raw = raws.get(dataset);
  if (!raw) {
    if (dataset !== 'csv') void load(dataset);
    return;
  }
  const key = keyOf(dataset, validationSplit, seed);
  if (key === lastSentKey || !send) return;
  const result = cached?.key === key ? cached.result : prepareSource(dataset, raw, validationSplit, seed, nextId++);
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
  send(result.data);
}

/** Downloads a built-in source (once; again after a failure). */
export function load(source: Exclude<TableSource, 'csv'>): Promise<void> {
  const running = loads.get(source);
  if (running) return running;
  const store = useTableStore.getState();
  store.setStatus(source, { state: 'loading', loaded: 0, total: null, error: null });
  const task = (async () => {
    try {
      if (source === 'digits') {
        let last = 0;
        const images = await loadMnist((loaded, total) => {
          // A progress bar needs no more than ~50 updates.
          if (loaded - last < 32_768 && loaded !== total) return;
          last = loaded;
          useTableStore.getState().setStatus('digits', { loaded, total });
        });
        raws.set('digits', { kind: 'digits', images });
      } else {
        const name: TabularName = source;
        raws.set(source, { kind: 'tabular', name, raw: await loadTabular(name) });
      }
      useTableStore.getState().setStatus(source, { state: 'ready', error: null });
      sync();
    } catch (e) {
      useTableStore.getState().setStatus(source, { state: 'error', error: e instanceof Error ? e.message : String(e) });
    } finally {
      loads.delete(source);
    }
  })();
  loads.set(source, task);
  return task;
}

export const BUILT_IN_SOURCES: readonly Exclude<TableSource, 'csv'>[] = [...TABULAR_NAMES, 'digits'];

/**
 * The learner's CSV, prepared without error for `validationSplit` and the current seed: remember it,
 * switch the setup to it, and send it. Called only after preparation succeeded, so a bad file never
 * reaches the worker and the learner's current data and model stay as they were.
 */
export function importCsv(fileName: string, table: CsvTable, choice: CsvChoice, validationSplit: number): PrepareResult {
  const { seed } = useConfigStore.getState();
  const version = (versions.get('csv') ?? 0) + 1;
  const raw: RawSource = { kind: 'csv', fileName, table, choice };
  const result = prepareSource('csv', raw, validationSplit, seed, nextId++);
  if (!result.ok) return result;
  raws.set('csv', raw);
  versions.set('csv', version);
  useTableStore.getState().setStatus('csv', { state: 'ready', error: null });
  // Switching the setup runs sync(), which sends this very table rather than preparing it again.
  cached = { key: keyOf('csv', validationSplit, seed), result };
  useConfigStore.getState().useCsv(shapeOfTable(result.data), validationSplit);
  // Also when the setup did not change (the same split and seed, another file).
  sync();
  return result;
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
