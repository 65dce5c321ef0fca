// The code that downloads and prepares tables (tableSync.ts and src/tables behind it) is a large part of
// the page's JavaScript, and the page opens on a plane: it loads once the setup first names a table.

import { isTableSource } from '../setup/catalogue.ts';
import type { TableData } from '../setup/tableData.ts';
import { useConfigStore } from './configStore.ts';
import { useTableStore } from './tableStore.ts';

type TableSync = typeof import('./tableSync.ts');

let loaded: TableSync | null = null;
let loading: Promise<TableSync> | null = null;

/** The table code, fetched once (again after a failure). */
export function loadTableSync(): Promise<TableSync> {
  loading ??= import('./tableSync.ts').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The table code if it is here; until it is, there is no table, CSV or download to ask it about. */
export function loadedTableSync(): TableSync | null {
  return loaded;
}

/** startTableSync once the setup names a table; at once when the code is already here (a replaced worker). */
export function followTables(sendTable: (data: TableData) => void): () => void {
  let stopSync: (() => void) | null = null;
  let stopped = false;
  const start = (m: TableSync) => {
    if (stopped || stopSync) return;
    unsubscribe();
    stopSync = m.startTableSync(sendTable);
  };
  const check = () => {
    const { dataset } = useConfigStore.getState();
    if (loaded) return start(loaded);
    if (!isTableSource(dataset)) return;
    loadTableSync().then(start, () => {
      // Offline with the page's files not yet kept: say so where the data would show; the next change tries again.
      if (useConfigStore.getState().dataset === dataset)
        useTableStore.getState().setStatus(dataset, { state: 'error', error: 'Could not load the code for this data: check the connection and choose it again.' });
    });
  };
  const unsubscribe = useConfigStore.subscribe(check);
  check();
  return () => {
    stopped = true;
    unsubscribe();
    stopSync?.();
  };
}
