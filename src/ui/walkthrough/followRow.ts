// Following a table's row in the walkthrough, apart from actions.ts so the page's buttons need none of the table code.

import { useConfigStore } from '../../state/configStore.ts';
import { useTableStore } from '../../state/tableStore.ts';
import { useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { validationRow } from '../../tables/prepare.ts';
import { noiseRows } from './tableSample.ts';

/** A table's validation row (or digit) to follow: the walkthrough and the network graph follow it. */
export function followRow(index: number): void {
  const tables = useTableStore.getState();
  const table = tables.table;
  const { dataset, samples, validationSplit, seed } = useConfigStore.getState();
  let x: Float64Array | null = null;
  if (dataset === 'noise') {
    const row = noiseRows(samples, validationSplit, seed).sample(index);
    x = row ? Float64Array.from(row.features) : null;
  } else if (table && table.source === dataset) {
    x = validationRow(table, index);
  }
  if (!x) return;
  tables.setSample({ origin: 'row', index, x });
  useWalkthroughStore.getState().setUpdate(null);
}
