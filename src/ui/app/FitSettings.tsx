// The settings Keras takes in model.fit. The validation split lives with the data, where its effect shows.

import { selectBatchSize, selectSeed, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { BATCH_SIZES, withCurrent } from './choices.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField } from './SelectField.tsx';

export function FitSettings() {
  const batchSize = useConfigStore(selectBatchSize);
  const seed = useConfigStore(selectSeed);
  const config = useConfigStore.getState();
  return (
    <fieldset className="settings-group">
      <legend>
        <code>fit</code>
      </legend>
      <SelectField
        label="Batch size"
        lock="batchSize"
        value={batchSize}
        options={withCurrent(BATCH_SIZES, batchSize).map((b) => ({ value: b, label: String(b) }))}
        title="How many points each step of training looks at"
        onChange={config.setBatchSize}
      />
      <NumberField
        label="Seed"
        lock="seed"
        value={seed}
        min={RANGES.seed.min}
        max={RANGES.seed.max}
        integer
        title="The same seed gives the same points and the same starting weights"
        onCommit={config.setSeed}
      />
    </fieldset>
  );
}
