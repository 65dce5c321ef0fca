// The page's side of prepare.worker.ts: hand it a source's raw data once, then ask for splits and
// seeds; prepared tables come back as transferred arrays. One request runs at a time. A request in
// the same lane as a newer one is superseded (resolves null): dragging the split slider never
// queues stale work behind the split it ends on.

import type { TableSource } from '../setup/catalogue.ts';
import type { SplitChoice } from '../setup/config.ts';
import type { PrepareResult, RawSource } from './prepare.ts';
import { createPrepareHost } from './prepareHost.ts';
import type { PrepareReply, PrepareRequest } from './prepareMessages.ts';

/** A connection to the preparing worker: post requests, hear replies, and learn that it died. */
export type Connect = (onReply: (reply: PrepareReply) => void, onFail: () => void) => { post(message: PrepareRequest): void; end(): void };

export interface Preparer {
  /** The source prepared for this split, or null when a newer request in `lane` superseded it. */
  prepare(source: TableSource, raw: RawSource, split: SplitChoice, id: number, lane?: string): Promise<PrepareResult | null>;
}

/** Cells per message when handing over a CSV: each message then takes a few milliseconds to send. */
const CELLS_PER_MESSAGE = 100_000;

interface Job {
  requestId: number;
  source: TableSource;
  raw: RawSource;
  split: SplitChoice;
  id: number;
  lane: string | undefined;
  superseded: boolean;
  resolve: (result: PrepareResult | null) => void;
}

export function createPreparer(connect: Connect = typeof Worker === 'undefined' ? inProcess : inWorker): Preparer {
  let port: ReturnType<Connect> | null = null;
  /** What the worker holds of each source: the CSV's table, or the raw data itself. */
  const held = new Map<TableSource, object>();
  let running: Job | null = null;
  const waiting: Job[] = [];
  let nextRequest = 1;

  const finish = (result: PrepareResult | null) => {
    const job = running!;
    running = null;
    job.resolve(job.superseded ? null : result);
    void pump();
  };
  const onReply = (reply: PrepareReply) => {
    if (running?.requestId === reply.requestId) finish(reply.result);
  };
  const onFail = () => {
    port?.end();
    port = null;
    held.clear();
    if (running)
      finish({ ok: false, error: { message: 'The browser stopped the worker preparing the table, most likely for lack of memory. Try a smaller file or close other tabs.' } });
  };

  async function pump(): Promise<void> {
    if (running || waiting.length === 0) return;
    const job = waiting.shift()!;
    running = job;
    port ??= connect(onReply, onFail);
    const current = port;
    const bulk = job.raw.kind === 'csv' ? job.raw.table : job.raw;
    if (held.get(job.source) !== bulk) {
      held.delete(job.source);
      await handOver(current, job.source, job.raw);
      // The worker died meanwhile: onFail already answered this job.
      if (port !== current) return;
      held.set(job.source, bulk);
    }
    if (job.superseded) return finish(null);
    const csv = job.raw.kind === 'csv' ? { fileName: job.raw.fileName, choice: job.raw.choice } : null;
    current.post({ type: 'prepare', requestId: job.requestId, source: job.source, split: job.split, id: job.id, csv });
  }

  return {
    prepare(source, raw, split, id, lane) {
      return new Promise((resolve) => {
        if (lane !== undefined) {
          for (let i = waiting.length - 1; i >= 0; i--) {
            if (waiting[i].lane === lane) waiting.splice(i, 1)[0].resolve(null);
          }
          if (running?.lane === lane) running.superseded = true;
        }
        waiting.push({ requestId: nextRequest++, source, raw, split, id, lane, superseded: false, resolve });
        void pump();
      });
    },
  };
}

/** Sends a source's raw data; a CSV's rows go in small messages with a pause between, so no one task is long. */
async function handOver(port: ReturnType<Connect>, source: TableSource, raw: RawSource): Promise<void> {
  if (raw.kind !== 'csv') return port.post({ type: 'raw', source, raw });
  const { rows, rowNumbers } = raw.table;
  const step = Math.max(1, Math.floor(CELLS_PER_MESSAGE / Math.max(1, raw.table.columns.length)));
  for (let i = 0; i < rows.length; i += step) {
    port.post({ type: 'rows', rows: rows.slice(i, i + step), rowNumbers: rowNumbers.slice(i, i + step) });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  port.post({ type: 'raw', source, raw: { ...raw, table: { ...raw.table, rows: [], rowNumbers: [] } } });
}

const inWorker: Connect = (onReply, onFail) => {
  const worker = new Worker(new URL('./prepare.worker.ts', import.meta.url), { type: 'module', name: 'prepare' });
  worker.onmessage = (e: MessageEvent<PrepareReply>) => onReply(e.data);
  worker.onerror = (e) => {
    e.preventDefault();
    onFail();
  };
  return { post: (message) => worker.postMessage(message), end: () => worker.terminate() };
};

/** Where there are no workers (Node, unit tests): the same host, answering on a later task as a worker would. */
const inProcess: Connect = (onReply) => {
  const handle = createPrepareHost();
  return {
    post(message) {
      const out = handle(message);
      if (out) setTimeout(() => onReply(out.reply), 0);
    },
    end() {},
  };
};
