// Learning rate: the usual ladder in a select, plus "Custom…" for any other value.

import { useState } from 'react';
import { selectLearningRate, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { LEARNING_RATES, withCurrent } from './choices.ts';
import { formatRate } from '../format.ts';
import { NumberField } from './NumberField.tsx';
import { SelectField, type Option } from './SelectField.tsx';

const CUSTOM = 'custom';

export function LearningRateField() {
  const rate = useConfigStore(selectLearningRate);
  const [customOpen, setCustomOpen] = useState(false);
  const options: Option<number | typeof CUSTOM>[] = [
    ...withCurrent(LEARNING_RATES, rate).map((r) => ({ value: r, label: formatRate(r) })),
    { value: CUSTOM, label: 'Custom…' },
  ];
  return (
    <>
      <SelectField
        label="Learning rate"
        value={customOpen ? CUSTOM : rate}
        options={options}
        title="How big a step the optimiser takes along the gradient"
        onChange={(value) => {
          if (value === CUSTOM) return setCustomOpen(true);
          setCustomOpen(false);
          useConfigStore.getState().setLearningRate(value);
        }}
      />
      {customOpen && (
        <NumberField
          label="Custom learning rate"
          value={rate}
          min={RANGES.learningRate.min}
          max={RANGES.learningRate.max}
          autoFocus
          onCommit={(v) => useConfigStore.getState().setLearningRate(v)}
          onDone={() => setCustomOpen(false)}
        />
      )}
    </>
  );
}
