// Which rows a table holds out for validation: the file's last rows, as Keras' validation_split takes
// them, or the last rows after a seeded shuffle. The line under the choice says why this table has its default.

import { useConfigStore } from '../../state/configStore.ts';
import type { TableDatasetName } from '../../setup/catalogue.ts';
import type { ValidationRows } from '../../setup/config.ts';

/** Why each built-in table is shuffled before the split: the order its rows come in. */
const WHY_SHUFFLED: Partial<Record<TableDatasetName, string>> = {
  iris: 'Iris lists its flowers species by species, so the rows are shuffled before the split; otherwise the validation rows would all be one species.',
  penguins: 'The penguins are listed species by species, so the rows are shuffled before the split; otherwise the validation rows would all be one species.',
  autoMpg: 'The cars are listed by model year, so the rows are shuffled before the split; otherwise the validation rows would all be the newest cars.',
  boston: 'The neighbourhoods are listed town by town, so the rows are shuffled before the split; otherwise the validation rows would all be the last towns.',
};

export function ValidationRowsField({ dataset }: { dataset: TableDatasetName }) {
  const rows = useConfigStore((s) => s.validationRows);
  const note =
    rows === 'last'
      ? "The file's last rows, in order, are the validation rows, exactly as Keras' validation_split takes them."
      : (WHY_SHUFFLED[dataset] ?? 'The rows are shuffled (by the seed) before the split, and the last of them held out.');
  return (
    <div className="table-info__rows">
      <label>
        Validation rows{' '}
        <select value={rows} onChange={(e) => useConfigStore.getState().setValidationRows(e.target.value as ValidationRows)}>
          <option value="last">Last rows (Keras)</option>
          <option value="shuffled">Shuffled first</option>
        </select>
      </label>
      <p className="muted">{note}</p>
    </div>
  );
}
