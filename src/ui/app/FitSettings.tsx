// The settings Keras takes in model.fit. The validation split lives with the data, where its effect shows.

import { selectBatchSize, selectEpochs, selectSeed, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { BATCH_SIZES, EPOCH_COUNTS, withCurrent } from './choices.ts';
import type { NumberRule } from '../numberDraft.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField } from './SelectField.tsx';

/** "Until paused" in the epochs select: training runs on, as TensorFlow Playground's does. */
const UNTIL_PAUSED = 'until paused';

const SEED_RULE: NumberRule = { ...RANGES.seed, integer: true, range: `a seed goes from ${RANGES.seed.min} to ${RANGES.seed.max.toLocaleString('en')}` };

export function FitSettings() {
  const batchSize = useConfigStore(selectBatchSize);
  const epochs = useConfigStore(selectEpochs);
  const seed = useConfigStore(selectSeed);
  const config = useConfigStore.getState();
  return (
    <fieldset className="settings-group">
      <legend>
        <code>fit</code>
      </legend>
      <SelectField<number | typeof UNTIL_PAUSED>
        label="Epochs"
        value={epochs ?? UNTIL_PAUSED}
        options={[
          ...(epochs === null ? EPOCH_COUNTS : withCurrent(EPOCH_COUNTS, epochs)).map((e) => ({ value: e, label: String(e) })),
          { value: UNTIL_PAUSED, label: 'Until paused' },
        ]}
        title="An epoch is one pass over every training point. Play trains this many epochs and stops, as model.fit(epochs=…) does."
        onChange={(value) => config.setEpochs(value === UNTIL_PAUSED ? null : value)}
      />
      <SelectField
        label="Batch size"
        lock="batchSize"
        value={batchSize}
        options={withCurrent(BATCH_SIZES, batchSize).map((b) => ({ value: b, label: String(b) }))}
        title="A batch is the handful of points the network looks at before each step of the weights."
        onChange={config.setBatchSize}
      />
      <NumberField label="Seed" lock="seed" value={seed} rule={SEED_RULE} title="The same seed gives the same points and the same starting weights" onCommit={config.setSeed} />
    </fieldset>
  );
}
