import { describe, expect, it } from 'vitest';
import { memoryStore } from './memoryStore.ts';
import { readCsv, writeCsv, type StoredCsv } from './storedCsv.ts';

function csvOf(rows: number, columns = 4): StoredCsv {
  const names = Array.from({ length: columns }, (_, j) => `c${j}`);
  return {
    fileName: 'big.csv',
    choice: { target: 'c0', features: names.slice(1), task: 'regression' },
    table: {
      columns: names,
      rows: Array.from({ length: rows }, (_, i) => names.map((_, j) => String(i * columns + j))),
      rowNumbers: Array.from({ length: rows }, (_, i) => i + 2),
      numericColumns: names.map(() => true),
    },
  };
}

describe('a CSV stored in chunks', () => {
  it('comes back exactly, and no record holds more than 100,000 cells', async () => {
    const db = memoryStore();
    const csv = csvOf(60_000, 4);
    await writeCsv(db, 't1:csv', csv);
    expect(db.puts).toEqual(['t1:csv:0', 't1:csv:1', 't1:csv:2', 't1:csv']);
    for (const [k, v] of db.map) if (k !== 't1:csv') expect((v as { rows: string[][] }).rows.length * 4).toBeLessThanOrEqual(100_000);
    expect(await readCsv(db, 't1:csv')).toEqual(csv);
  });

  it('an empty table is one empty chunk, and comes back', async () => {
    const db = memoryStore();
    const csv = csvOf(0);
    await writeCsv(db, 'a:csv', csv);
    expect(await readCsv(db, 'a:csv')).toEqual(csv);
  });

  it('a write cut short (no header yet, or a chunk lost) reads as no CSV', async () => {
    const db = memoryStore();
    await writeCsv(db, 'a:csv', csvOf(60_000));
    db.map.delete('a:csv:1');
    expect(await readCsv(db, 'a:csv')).toBeNull();
    db.map.delete('a:csv');
    expect(await readCsv(db, 'a:csv')).toBeNull();
  });

  it('reads a CSV stored whole, as sessions did before chunks', async () => {
    const db = memoryStore();
    const csv = csvOf(10);
    await db.put('old:csv', { ...csv, id: 'old:csv', savedAt: 1, csvOf: 'old' });
    expect(await readCsv(db, 'old:csv')).toEqual(csv);
  });
});
