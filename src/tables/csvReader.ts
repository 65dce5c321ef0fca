// The page's side of csv.worker.ts: hand it a file, hear its progress, get the table or the problem.

import type { CsvTable, TableError } from './csv.ts';
import type { CsvReadReply, CsvReadRequest } from './csvMessages.ts';

export interface CsvReadProgress {
  bytes: number;
  total: number;
  rows: number;
}

export type CsvRead = { ok: true; table: CsvTable; mostlyNumeric: boolean[]; notices: string[] } | { ok: false; error: TableError } | { ok: false; cancelled: true };

export interface CsvReading {
  done: Promise<CsvRead>;
  /** Stops reading at once (the worker is ended); `done` resolves as cancelled. */
  cancel(): void;
}

export function readCsvFile(file: File, onProgress: (p: CsvReadProgress) => void): CsvReading {
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module', name: 'csv' });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let finish: (result: CsvRead) => void = () => {};
  const done = new Promise<CsvRead>((resolve) => {
    finish = (result) => {
      worker.terminate();
      resolve(result);
    };
  });
  worker.onmessage = (e: MessageEvent<CsvReadReply>) => {
    const reply = e.data;
    if (reply.type === 'progress') onProgress(reply);
    else if (reply.type === 'rows') {
      for (let i = 0; i < reply.rows.length; i++) {
        rows.push(reply.rows[i]);
        rowNumbers.push(reply.rowNumbers[i]);
      }
    } else if (reply.type === 'error') finish({ ok: false, error: reply.error });
    else {
      const { columns, numericColumns, mostlyNumeric, notices } = reply.summary;
      finish({ ok: true, table: { columns, rows, rowNumbers, numericColumns }, mostlyNumeric, notices });
    }
  };
  // The worker itself failing (out of memory on a huge file) is a file the learner cannot use, said plainly.
  worker.onerror = (e) => {
    e.preventDefault();
    finish({ ok: false, error: { message: `Could not read ${file.name}: the browser ran out of room or the file is not a text table.` } });
  };
  worker.postMessage({ file } satisfies CsvReadRequest);
  return { done, cancel: () => finish({ ok: false, cancelled: true }) };
}
