// What the page and the CSV reading worker say to each other: messages, nothing else.
import type { TableError } from './csv.ts';
import type { TableSummary } from './csvParse.ts';

export interface CsvReadRequest {
  file: File;
}

export type CsvReadReply =
  /** Bytes of the file read so far (estimated from the characters parsed), and data rows kept. */
  | { type: 'progress'; bytes: number; total: number; rows: number }
  /** The next checked rows, in order; sent in small batches so no one message is slow to receive. */
  | { type: 'rows'; rows: string[][]; rowNumbers: number[] }
  | { type: 'done'; summary: TableSummary }
  | { type: 'error'; error: TableError };
