import { describe, expect, it } from 'vitest';
import { memoryStore } from './memoryStore.ts';
import { pruneStore, UNFINISHED_CSV_MS } from './prune.ts';

const t36 = (ms: number) => ms.toString(36).padStart(9, '0');
const NOW = 1_800_000_000_000;

/** A session saved at `savedAt`, created at `createdAt`, using `csv`. */
async function session(db: ReturnType<typeof memoryStore>, createdAt: number, savedAt: number, csv: string | null): Promise<string> {
  const id = `${t36(createdAt)}-tab${createdAt}`;
  await db.put(id, { id, savedAt });
  await db.put(`${id}:ref`, { csv, savedAt });
  return id;
}

async function csvRecords(db: ReturnType<typeof memoryStore>, key: string, chunks: number, header = true): Promise<void> {
  for (let i = 0; i < chunks; i++) await db.put(`${key}:${i}`, { kind: 'csv-chunk' });
  if (header) await db.put(key, { kind: 'csv' });
}

describe('pruning the stored sessions', () => {
  it('keeps the sessions saved last, not those loaded last: a tab left open survives six reloads elsewhere', async () => {
    const db = memoryStore();
    const open = await session(db, NOW - 100_000, NOW - 1, 'open.x:csv');
    await csvRecords(db, 'open.x:csv', 2);
    const reloads: string[] = [];
    for (let i = 0; i < 6; i++) reloads.push(await session(db, NOW - 50_000 + i, NOW - 60_000 + i, null));
    await pruneStore(db, 6, NOW);
    const keys = [...db.map.keys()];
    expect(keys).toContain(open);
    expect(keys).toContain('open.x:csv');
    expect(keys).toContain('open.x:csv:1');
    expect(keys).not.toContain(reloads[0]);
    expect(keys).not.toContain(`${reloads[0]}:ref`);
    expect(keys).toContain(reloads[5]);
  });

  it('a CSV another kept session names stays; one no kept session names goes, header and chunks', async () => {
    const db = memoryStore();
    await session(db, NOW - 3000, NOW - 3000, 'a.1:csv');
    await session(db, NOW - 2000, NOW - 2000, 'a.1:csv'); // a reload that shares it
    await csvRecords(db, 'a.1:csv', 3);
    await csvRecords(db, 'a.0:csv', 3); // replaced by a newer import
    await pruneStore(db, 6, NOW);
    const keys = [...db.map.keys()];
    expect(keys.filter((k) => k.startsWith('a.1:csv'))).toHaveLength(4);
    expect(keys.filter((k) => k.startsWith('a.0:csv'))).toEqual([]);
  });

  it('chunks of a write cut short go once they are old, and stay while another tab may still be writing them', async () => {
    const db = memoryStore();
    await session(db, NOW - 1000, NOW - 1000, null);
    await csvRecords(db, `t.${t36(NOW - UNFINISHED_CSV_MS - 1)}:csv`, 2, false);
    await csvRecords(db, `t.${t36(NOW - 5000)}:csv`, 2, false);
    await pruneStore(db, 6, NOW);
    const keys = [...db.map.keys()];
    expect(keys.filter((k) => k.startsWith(`t.${t36(NOW - UNFINISHED_CSV_MS - 1)}`))).toEqual([]);
    expect(keys.filter((k) => k.startsWith(`t.${t36(NOW - 5000)}`))).toHaveLength(2);
  });

  it('sessions stored before refs keep their CSV under their own id; a ref without its session goes', async () => {
    const db = memoryStore();
    const old = `${t36(NOW - 9000)}-old`;
    await db.put(old, { id: old, savedAt: NOW - 9000 });
    await db.put(`${old}:csv`, { fileName: 'f.csv', table: {}, choice: {}, csvOf: old });
    await db.put('gone:ref', { csv: 'gone.1:csv', savedAt: NOW });
    await csvRecords(db, 'gone.1:csv', 1);
    await pruneStore(db, 6, NOW);
    expect([...db.map.keys()].sort()).toEqual([old, `${old}:csv`].sort());
  });
});
