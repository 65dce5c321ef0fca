// Keeps the session in IndexedDB so a reload loses nothing: the setup, the latest checkpoint (weights,
// optimizer memory, epoch, curves), the learner's CSV and the open lesson and stage.
//
// Tabs: each page load takes a new id (kept in sessionStorage) and writes only its own record, so two
// tabs never overwrite each other. A reload (or a duplicated tab) resumes the record its tab wrote last;
// a new tab resumes the most recent record of any tab. No BroadcastChannel is needed: nothing is shared
// while two tabs run, and the newest few records are kept.

import type { PlaygroundConfig } from '../setup/config.ts';
import type { CsvTable } from '../tables/csv.ts';
import type { TrainingCheckpoint } from '../worker/protocol.ts';
import { registerCommands } from './commands.ts';
import { configOf, useConfigStore } from './configStore.ts';
import { openKeyValueStore, type KeyValueStore } from './idb.ts';
import { isSessionKey, pruneStore, refKey } from './prune.ts';
import type { StoredCsv } from './storedCsv.ts';
import { useLessonStore } from './lessonStore.ts';
import { reset } from './session.ts';
import { clearSnapshot, frozenSnapshot, latestSnapshot, snapshotVersion, subscribeSnapshot, type SessionSnapshot } from './snapshot.ts';
import { loadedTableSync, loadTableSync } from './tableSyncLoader.ts';
import { useTrainingStore } from './trainingStore.ts';
import { CSV_LINK_NOTICE, encodeConfig } from './url.ts';
import { useViewStore } from './viewStore.ts';

// A stored CSV's records are read and written only by a session that has one.
const storedCsv = () => import('./storedCsv.ts');

const DB_NAME = 'layerlab';
const STORE_NAME = 'sessions';
const TAB_KEY = 'layerlab.sessionId';
/** While training, the stored session is at most this much behind; a paused one is written at once. */
const SAVE_EVERY_MS = 2000;
/** Records of this many page loads are kept (the rest are the oldest, from closed tabs and reloads). */
const KEEP_RECORDS = 6;
/** Some private modes never answer indexedDB.open: start without a stored session rather than wait. */
const OPEN_TIMEOUT_MS = 1500;

export interface StoredSession {
  id: string;
  savedAt: number;
  config: PlaygroundConfig;
  checkpoint: TrainingCheckpoint;
  lesson: { id: string; stage: number } | null;
  /** The key of the stored CSV this session trains on (see storedCsv.ts); before it, always `${id}:csv`. */
  csv?: string | null;
}

/**
 * Records by key: a session at its tab's id (no ':' in it); its CSV, written once per import and
 * shared by the reloads that restore it, at `${tab}:csv` (and chunks); and at `${tab}:ref` which CSV
 * the session uses, small enough for pruning to read without copying any weights.
 */

let db: KeyValueStore<unknown> | null = null;
let tabId = '';
let failed = false;

/** Creation time first, in base 36 padded to 9 digits, so ids sort by age. */
function newId(): string {
  return `${Date.now().toString(36).padStart(9, '0')}-${Math.random().toString(36).slice(2, 8)}`;
}

function reportFailure(e: unknown): void {
  if (failed) return;
  failed = true;
  const why = e instanceof Error ? e.message : String(e);
  useTrainingStore.getState().setSessionNotice({ kind: 'storage', text: `This browser would not store your session (${why}), so a reload will start afresh.` });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('storage did not answer')), ms))]);
}

/** Opens the store and finds the session this page should resume (see the comment at the top). */
export async function loadStoredSession(): Promise<{ session: StoredSession; csv: StoredCsv | null } | null> {
  let previous: string | null = null;
  try {
    previous = sessionStorage.getItem(TAB_KEY);
    tabId = newId();
    sessionStorage.setItem(TAB_KEY, tabId);
  } catch {
    tabId = newId();
  }
  try {
    db = await withTimeout(openKeyValueStore<unknown>(DB_NAME, STORE_NAME), OPEN_TIMEOUT_MS);
    // Keys first, then only the records needed: getAll would read (and copy, on the page) every
    // stored CSV in one task.
    const store = db;
    const keys = await store.getAllKeys();
    const records = (await Promise.all(keys.filter(isSessionKey).map((k) => store.get(k)))) as (StoredSession | undefined)[];
    const sessions = records.filter((r): r is StoredSession => r !== undefined).sort((a, b) => b.savedAt - a.savedAt);
    const session = sessions.find((s) => s.id === previous) ?? sessions[0];
    if (!session) return null;
    const key = session.csv === undefined ? `${session.id}:csv` : session.csv;
    const csv = key !== null && keys.includes(key) ? await (await storedCsv()).readCsv(store, key) : null;
    loadedCsvKey = csv ? key : null;
    return { session, csv };
  } catch (e) {
    reportFailure(e);
    return null;
  }
}

/**
 * Puts a stored session back into the stores and returns the snapshot the worker should resume from.
 * The rule: a link that names a setup is what someone shared, so when it names a different setup
 * than the stored one, the link wins and the stored session is left alone (null).
 */
export async function restoreStored(
  stored: { session: StoredSession; csv: StoredCsv | null },
  link: { query: string; config: PlaygroundConfig } | null,
  lessonInAddress: string | null,
): Promise<SessionSnapshot | null> {
  try {
    return await putBack(stored, link, lessonInAddress);
  } catch {
    // A record this page cannot read (an older version's, or edited by hand) must not keep the page from starting.
    useTrainingStore.getState().setSessionNotice({ kind: 'storage', text: 'Your saved session could not be read, so the page starts afresh.' });
    return null;
  }
}

async function putBack(
  stored: { session: StoredSession; csv: StoredCsv | null },
  link: { query: string; config: PlaygroundConfig } | null,
  lessonInAddress: string | null,
): Promise<SessionSnapshot | null> {
  const { csv } = stored;
  // Sessions stored before the choice of validation rows shuffled every table.
  const session = { ...stored.session, config: { ...stored.session.config, validationRows: stored.session.config.validationRows ?? 'shuffled' } };
  const storedQuery = encodeConfig(session.config);
  // The page writes the address from the setup, so a reload's query is exactly the stored setup's (a
  // CSV's too, which a link alone cannot load); a shared link may spell the same setup differently.
  if (link && link.query !== storedQuery && encodeConfig(link.config) !== storedQuery) return null;
  if (session.config.dataset === 'csv') {
    // The table code loads on demand; without it (offline, its files not yet kept) the page starts afresh.
    const tables = csv ? await loadTableSync().catch(() => null) : null;
    if (!csv || !tables) return null;
    const result = await tables.importCsvInWorker(csv.fileName, csv.table, csv.choice, session.config.validationSplit, undefined, session.config.validationRows);
    if (!result?.ok) return null;
    // The session goes on with this very record: its saves name it instead of writing a copy.
    if (loadedCsvKey) restoredCsv = { key: loadedCsvKey, table: csv.table };
    // The file is back, so the link's "choose the file again" no longer applies.
    const view = useViewStore.getState();
    for (const n of view.notices) if (n.items.includes(CSV_LINK_NOTICE)) view.dismissNotice(n.id);
  }
  useConfigStore.getState().replaceConfig(structuredClone(session.config));
  if (session.lesson && session.lesson.id === lessonInAddress) useLessonStore.getState().set(session.lesson.id, session.lesson.stage);
  return { config: session.config, checkpoint: session.checkpoint };
}

let savedKey = '';
/** The key of the CSV the stored session read from, until restoreStored takes it up. */
let loadedCsvKey: string | null = null;
/** The CSV this tab's session uses, as stored: the one restored, or the one this tab wrote last. */
let restoredCsv: { key: string; table: CsvTable } | null = null;
let stored: { key: string; table: CsvTable } | null = null;
/** A save in progress (a CSV's chunks take several tasks), and whether another was asked for meanwhile. */
let saving = false;
let again = false;
/** Bumped by Start fresh: a save that began before it must not write the forgotten session back. */
let generation = 0;

async function save(): Promise<void> {
  if (saving) {
    // The pause and pagehide saves matter most: run once the current one ends rather than wait for the timer.
    again = true;
    return;
  }
  const snapshot = latestSnapshot();
  if (!db || failed || !snapshot) return;
  const lesson = useLessonStore.getState();
  const key = `${snapshotVersion()}|${lesson.id}|${lesson.stage}`;
  const csv = loadedTableSync()?.csvSource() ?? null;
  stored ??= restoredCsv;
  if (key === savedKey && (csv?.table ?? null) === (stored?.table ?? null)) return;
  saving = true;
  const started = generation;
  try {
    if (csv && csv.table !== stored?.table) {
      // Written once per import, under a key of its own; a reload restores and shares it. The CSV it
      // replaces stays until no kept session names it (prune).
      // Each import gets a key of its own (with its time), so a CSV another tab's session still uses is never overwritten.
      const csvKey = `${tabId}.${Date.now().toString(36)}:csv`;
      await (await storedCsv()).writeCsv(db, csvKey, csv);
      stored = { key: csvKey, table: csv.table };
    }
    const csvKey = csv ? stored!.key : null;
    const { config, checkpoint } = frozenSnapshot(snapshot);
    if (started !== generation) return;
    const savedAt = Date.now();
    // The session before its ref: a prune in another tab between the two then sees a session without a
    // ref (and keeps its CSV by the old rule) rather than a ref without a session (which it deletes).
    await db.put(tabId, { id: tabId, savedAt, config, checkpoint, lesson: lesson.id ? { id: lesson.id, stage: lesson.stage } : null, csv: csvKey });
    await db.put(refKey(tabId), { csv: csvKey, savedAt });
    savedKey = key;
    await prune();
  } catch (e) {
    reportFailure(e);
  } finally {
    saving = false;
    if (again) {
      again = false;
      void save();
    }
  }
}

/** Once per page load, after this tab's first save: keeps the newest sessions and the CSVs they use. */
let pruned = false;
async function prune(): Promise<void> {
  if (!db || pruned) return;
  pruned = true;
  await pruneStore(db, KEEP_RECORDS, Date.now());
}

/** Fresh weights, and the stored session forgotten: what the notice's "Start fresh" does. */
export function startFresh(): void {
  savedKey = '';
  generation += 1;
  clearSnapshot();
  void db?.delete(tabId).catch(reportFailure);
  useTrainingStore.getState().setSessionNotice(null);
  reset();
}

/**
 * Saves every SAVE_EVERY_MS while anything changed (a lesson's stage too), at once when a paused
 * checkpoint arrives (a reload often follows a pause), and when the page is hidden or left.
 */
export function startPersistence(flushLink: () => void): () => void {
  const timer = setInterval(() => void save(), SAVE_EVERY_MS);
  const stopSnapshots = subscribeSnapshot(() => {
    if (!useTrainingStore.getState().playing) void save();
  });
  const leave = () => {
    // The address bar is written a moment after a change; a reload right after one should still match.
    flushLink();
    void save();
  };
  const onVisibility = () => document.visibilityState === 'hidden' && leave();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', leave);
  const unregister = registerCommands([{ id: 'session.startFresh', label: 'Start fresh', scope: 'playground', run: startFresh }]);
  return () => {
    clearInterval(timer);
    stopSnapshots();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', leave);
    unregister();
  };
}

/** The setup the address bar names, if it names one: its query as typed, and the setup the URL sync read from it. */
export function linkOf(query: string): { query: string; config: PlaygroundConfig } | null {
  return query.length > 1 ? { query: query.slice(1), config: configOf(useConfigStore.getState()) } : null;
}
