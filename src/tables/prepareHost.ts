// The worker's side of preparing tables: it keeps each source's raw data (handed over once) and
// prepares it for whatever split and seed the page asks. Plain code, so the worker and the page's
// in-process fallback (Node, tests) run the same thing.

import type { TableSource } from '../setup/catalogue.ts';
import { tableTransferables } from '../setup/tableData.ts';
import { prepareSource, type PrepareResult, type RawSource } from './prepare.ts';
import type { PrepareReply, PrepareRequest } from './prepareMessages.ts';

/** Handles one message; a 'prepare' gets a reply, with the arrays to transfer rather than copy. */
export type PrepareHost = (message: PrepareRequest) => { reply: PrepareReply; transfer: Transferable[] } | null;

export function createPrepareHost(): PrepareHost {
  const raws = new Map<TableSource, RawSource>();
  let rows: string[][] = [];
  let rowNumbers: number[] = [];
  return (message) => {
    if (message.type === 'rows') {
      for (let i = 0; i < message.rows.length; i++) {
        rows.push(message.rows[i]);
        rowNumbers.push(message.rowNumbers[i]);
      }
      return null;
    }
    if (message.type === 'raw') {
      const { raw } = message;
      raws.set(message.source, raw.kind === 'csv' ? { ...raw, table: { ...raw.table, rows, rowNumbers } } : raw);
      rows = [];
      rowNumbers = [];
      return null;
    }
    const { requestId, source, split, id, csv } = message;
    const held = raws.get(source);
    const raw = held?.kind === 'csv' && csv ? { ...held, ...csv } : held;
    const result = raw ? safely(() => prepareSource(source, raw, split, id)) : refused('The data to prepare never reached the preparing worker; choose the dataset again.');
    return { reply: { requestId, result }, transfer: result.ok ? resultTransferables(result) : [] };
  };
}

/** A table too large for the memory left is a refusal the learner can read, not a worker that never answers. */
function safely(prepare: () => PrepareResult): PrepareResult {
  try {
    return prepare();
  } catch (e) {
    return refused(`Preparing the table failed (${e instanceof Error ? e.message : String(e)}); the browser may be out of memory.`);
  }
}

const refused = (message: string): PrepareResult => ({ ok: false, error: { message } });

/** Every array of a prepared table, each buffer once (a buffer listed twice cannot be transferred). */
export function resultTransferables(result: Extract<PrepareResult, { ok: true }>): Transferable[] {
  const { validationX, validationTargets, validationImages, meanImage } = result.table;
  const page = [validationX, validationTargets, validationImages, meanImage].filter((a) => a !== null).map((a) => a.buffer);
  return [...new Set([...tableTransferables(result.data), ...page])];
}
