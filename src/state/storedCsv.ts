// The learner's CSV in IndexedDB, in pieces. Writing or reading a record copies it on the page in one
// go; as one record, a 200,000-row file cost a 200-300 ms task each way. As a header record and chunks
// of CHUNK_CELLS cells, each write and each read is a task of a few milliseconds, with the page free
// between them. The header is written last, so a write cut short leaves no CSV rather than half of one.

import type { CsvTable } from '../tables/csv.ts';
import type { CsvChoice } from '../tables/prepare.ts';
import type { KeyValueStore } from './idb.ts';

/** Cells per chunk record: about 10-20 ms to copy on a laptop. */
const CHUNK_CELLS = 100_000;

export interface StoredCsv {
  fileName: string;
  table: CsvTable;
  choice: CsvChoice;
}

interface CsvHeader {
  kind: 'csv';
  fileName: string;
  choice: CsvChoice;
  columns: string[];
  numericColumns: boolean[];
  chunks: number;
  savedAt: number;
}

interface CsvChunk {
  kind: 'csv-chunk';
  rows: string[][];
  rowNumbers: number[];
}

/** A CSV stored whole, as sessions before chunking stored it. */
interface LegacyCsv extends StoredCsv {
  csvOf: string;
}

/** A stored CSV's records live at `key` and `key:0`, `key:1`, … */
const chunkKey = (key: string, i: number) => `${key}:${i}`;

export async function writeCsv(db: KeyValueStore<unknown>, key: string, csv: StoredCsv): Promise<void> {
  const { rows, rowNumbers, columns, numericColumns } = csv.table;
  const step = Math.max(1, Math.floor(CHUNK_CELLS / Math.max(1, columns.length)));
  let chunks = 0;
  for (let i = 0; i < rows.length || chunks === 0; i += step) {
    const chunk: CsvChunk = { kind: 'csv-chunk', rows: rows.slice(i, i + step), rowNumbers: rowNumbers.slice(i, i + step) };
    await db.put(chunkKey(key, chunks++), chunk);
  }
  const header: CsvHeader = { kind: 'csv', fileName: csv.fileName, choice: csv.choice, columns, numericColumns, chunks, savedAt: Date.now() };
  await db.put(key, header);
}

/** The CSV stored at `key`, or null when there is none (or only part of one). */
export async function readCsv(db: KeyValueStore<unknown>, key: string): Promise<StoredCsv | null> {
  const header = (await db.get(key)) as CsvHeader | LegacyCsv | undefined;
  if (!header) return null;
  if ('table' in header) return { fileName: header.fileName, table: header.table, choice: header.choice };
  if (header.kind !== 'csv') return null;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = 0; i < header.chunks; i++) {
    const chunk = (await db.get(chunkKey(key, i))) as CsvChunk | undefined;
    if (chunk?.kind !== 'csv-chunk') return null;
    for (let r = 0; r < chunk.rows.length; r++) {
      rows.push(chunk.rows[r]);
      rowNumbers.push(chunk.rowNumbers[r]);
    }
  }
  return { fileName: header.fileName, choice: header.choice, table: { columns: header.columns, numericColumns: header.numericColumns, rows, rowNumbers } };
}
