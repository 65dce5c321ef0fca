// What the page knows about the data that is not a plane: how each download is going, the table the
// worker was last given (its columns, classes and statistics), the sample the learner is looking at,
// and which view of the results is open. None of it goes in a link.

import { create } from 'zustand';
import type { TableSource } from '../setup/catalogue.ts';
import type { PreparedTable } from '../tables/prepare.ts';

export interface LoadStatus {
  state: 'idle' | 'loading' | 'ready' | 'error';
  /** Bytes received, and the download's size when known. */
  loaded: number;
  total: number | null;
  error: string | null;
}

/** The sample the graph and the digit views follow: a validation row, or a digit the learner drew. */
export interface TableSample {
  origin: 'row' | 'drawn';
  /** Validation row (origin 'row'). */
  index: number;
  /** The inputs as the network sees them. */
  x: Float64Array;
}

export type OutputView = 'confusion' | 'draw' | 'mistakes';

export interface TableState {
  status: Record<TableSource, LoadStatus>;
  /** The table last prepared and sent to the worker; null before the first. */
  table: PreparedTable | null;
  /** Preparing the table for the current split and seed failed (rare: the import dialog checks first). */
  prepareError: string | null;
  sample: TableSample | null;
  outputView: OutputView;
  /** Opens the CSV import dialog. */
  csvDialogOpen: boolean;

  setStatus(source: TableSource, status: Partial<LoadStatus>): void;
  setTable(table: PreparedTable): void;
  setPrepareError(message: string | null): void;
  setSample(sample: TableSample | null): void;
  setOutputView(view: OutputView): void;
  setCsvDialogOpen(open: boolean): void;
}

const IDLE: LoadStatus = { state: 'idle', loaded: 0, total: null, error: null };

export const useTableStore = create<TableState>()((set) => ({
  status: { iris: IDLE, penguins: IDLE, autoMpg: IDLE, boston: IDLE, digits: IDLE, mnist: IDLE, csv: IDLE },
  table: null,
  prepareError: null,
  sample: null,
  outputView: 'confusion',
  csvDialogOpen: false,

  setStatus: (source, status) => set((s) => ({ status: { ...s.status, [source]: { ...s.status[source], ...status } } })),
  setTable: (table) => set({ table, prepareError: null }),
  setPrepareError: (prepareError) => set({ prepareError }),
  setSample: (sample) => set({ sample }),
  setOutputView: (outputView) => set({ outputView }),
  setCsvDialogOpen: (csvDialogOpen) => set({ csvDialogOpen }),
}));

export const selectStatus = (s: TableState) => s.status;
export const selectTable = (s: TableState) => s.table;
export const selectSample = (s: TableState) => s.sample;
export const selectOutputView = (s: TableState) => s.outputView;
export const selectPrepareError = (s: TableState) => s.prepareError;
