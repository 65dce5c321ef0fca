// What the page and the table-preparing worker say to each other: messages, nothing else.
import type { TableSource } from '../setup/catalogue.ts';
import type { SplitChoice } from '../setup/config.ts';
import type { CsvChoice, PrepareResult, RawSource } from './prepare.ts';

export type PrepareRequest =
  /** The next rows of a CSV being handed over; a CSV's 2 million cells in one message would hold the page for half a second. */
  | { type: 'rows'; rows: string[][]; rowNumbers: number[] }
  /** The raw data of a source, kept for every later split and seed. A CSV's rows are the ones handed over since the last 'raw'. */
  | { type: 'raw'; source: TableSource; raw: RawSource }
  /** Prepare the source's raw data; a CSV with this file name and choice (the table handed over stays the same). */
  | { type: 'prepare'; requestId: number; source: TableSource; split: SplitChoice; id: number; csv: { fileName: string; choice: CsvChoice } | null };

export interface PrepareReply {
  requestId: number;
  result: PrepareResult;
}
