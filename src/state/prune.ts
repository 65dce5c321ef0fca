// Which stored records stay: the sessions saved most recently and the CSVs they use. Keys: a session at
// its tab's id (no ':' in it); at `${id}:ref` the small record naming the CSV it uses and when it saved;
// a CSV's header at a key ending ':csv' and its chunks at that key plus ':0', ':1', … (storedCsv.ts).

import type { KeyValueStore } from './idb.ts';

export const refKey = (id: string) => `${id}:ref`;
export const isSessionKey = (key: string) => !key.includes(':');

export interface SessionRef {
  csv: string | null;
  /** Absent in refs written before sessions were ranked by their last save. */
  savedAt?: number;
}

/** A header-less CSV younger than this may be one another tab is writing right now: it stays. */
export const UNFINISHED_CSV_MS = 10 * 60_000;

/**
 * Keeps the `keep` sessions saved most recently, and the CSVs they use, reading only the small refs
 * (reading the sessions would copy every stored weight). By last save, not by page load, so a tab left
 * open while another is reloaded again and again keeps its session.
 */
export async function pruneStore(db: KeyValueStore<unknown>, keep: number, now: number): Promise<void> {
  const keys = await db.getAllKeys();
  const refs = new Map<string, SessionRef | undefined>();
  for (const id of keys.filter(isSessionKey)) refs.set(id, (await db.get(refKey(id))) as SessionRef | undefined);
  // Sessions without a save time in their ref are ranked by their creation time (the id's prefix).
  const savedAt = (id: string) => refs.get(id)?.savedAt ?? Number.parseInt(id.slice(0, 9), 36);
  const ids = [...refs.keys()].sort((a, b) => savedAt(a) - savedAt(b));
  const cut = Math.max(0, ids.length - keep);
  for (const id of ids.slice(0, cut)) await db.delete(id);
  // A ref outlives its session when "Start fresh" deleted the session, or when the session was pruned.
  const kept = new Set(ids.slice(cut).map(refKey));
  for (const key of keys) if (key.endsWith(':ref') && !kept.has(key)) await db.delete(key);
  const used = new Set<string>();
  for (const id of ids.slice(cut)) {
    const ref = refs.get(id);
    // Sessions stored before ref records kept their CSV under their own id.
    const csv = ref ? ref.csv : `${id}:csv`;
    if (csv) used.add(csv);
  }
  // A CSV is its header and chunks; chunks whose header was never written (a write cut short) go too,
  // once they are too old to be a write still going on in another tab (the key carries its time).
  const csvs = new Set(keys.map((k) => /^(.*:csv)(:\d+)?$/.exec(k)?.[1]).filter((k): k is string => k !== undefined));
  const unfinished = (key: string) => !keys.includes(key) && now - Number.parseInt(/\.(\w+):csv$/.exec(key)?.[1] ?? '0', 36) < UNFINISHED_CSV_MS;
  for (const csv of csvs) {
    if (used.has(csv) || unfinished(csv)) continue;
    for (const k of keys) if (k === csv || k.startsWith(`${csv}:`)) await db.delete(k);
  }
}
