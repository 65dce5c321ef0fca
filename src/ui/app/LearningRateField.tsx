// Learning rate: the usual ladder in a select, plus "Custom…" for any other value.

import { useState } from 'react';
import { selectDataset, selectLearningRate, selectOptimizer, useConfigStore } from '../../state/configStore.ts';
import type { OptimizerName } from '../../engine/types.ts';
import { defaultConfigFor } from '../../setup/defaults.ts';
import type { DatasetName } from '../../setup/catalogue.ts';
import { RANGES } from '../../setup/limits.ts';
import { LEARNING_RATES, OPTIMIZER_LABELS, withCurrent } from './choices.ts';
import { formatRate } from '../format.ts';
import type { NumberRule } from '../numberDraft.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField, type Option } from './SelectField.tsx';

const CUSTOM = 'custom';

const RATE_RULE: NumberRule = {
  ...RANGES.learningRate,
  range: `a learning rate goes from ${RANGES.learningRate.min} to ${RANGES.learningRate.max}`,
};

/** Keras' default learning rate for each optimizer, for a learner comparing with their own code. */
export const KERAS_LEARNING_RATES: Record<OptimizerName, number> = { adam: 0.001, rmsprop: 0.001, sgd: 0.01 };

function kerasNote(optimizer: OptimizerName, rate: number): string {
  const keras = KERAS_LEARNING_RATES[optimizer];
  return rate === keras ? "This is Keras' default." : `Keras' default for ${OPTIMIZER_LABELS[optimizer]} is ${formatRate(keras)}.`;
}

/** Beside the field: Keras' default, and why a preset's differs. */
function shortNote(optimizer: OptimizerName, rate: number, dataset: DatasetName): string {
  const keras = KERAS_LEARNING_RATES[optimizer];
  if (rate === keras) return "Keras' default";
  const preset = defaultConfigFor(dataset);
  const fromPreset = preset.optimizer === optimizer && preset.learningRate === rate;
  return fromPreset && rate > keras
    ? `Keras' default is ${formatRate(keras)}; this preset uses ${formatRate(rate)} so you can watch it learn`
    : `Keras' default is ${formatRate(keras)}`;
}

export function LearningRateField() {
  const rate = useConfigStore(selectLearningRate);
  const optimizer = useConfigStore(selectOptimizer);
  const dataset = useConfigStore(selectDataset);
  const [customOpen, setCustomOpen] = useState(false);
  const options: Option<number | typeof CUSTOM>[] = [...withCurrent(LEARNING_RATES, rate).map((r) => ({ value: r, label: formatRate(r) })), { value: CUSTOM, label: 'Custom…' }];
  return (
    <>
      <SelectField
        label="Learning rate"
        lock="learningRate"
        value={customOpen ? CUSTOM : rate}
        options={options}
        note={shortNote(optimizer, rate, dataset)}
        title={`The learning rate is how big a step the optimizer takes along the gradient after each batch. ${kerasNote(optimizer, rate)}`}
        onChange={(value) => {
          if (value === CUSTOM) return setCustomOpen(true);
          setCustomOpen(false);
          useConfigStore.getState().setLearningRate(value);
        }}
      />
      {customOpen && (
        <NumberField
          label="Custom learning rate"
          lock="learningRate"
          value={rate}
          rule={RATE_RULE}
          autoFocus
          onCommit={(v) => useConfigStore.getState().setLearningRate(v)}
          onDone={() => setCustomOpen(false)}
        />
      )}
    </>
  );
}
