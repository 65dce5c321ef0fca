// The settings Keras takes in model.compile (and the layers' initializer), under the same names,
// so learners recognise them when they move on to real code.

import { INITIALIZERS, OPTIMIZERS } from '../../engine/types.ts';
import type { Regularization } from '../../setup/config.ts';
import {
  selectInitializer,
  selectLoss,
  selectMomentum,
  selectOptimizer,
  selectRegularization,
  selectRegularizationRate,
  selectTask,
  useConfigStore,
} from '../../state/configStore.ts';
import { lossesFor } from '../../setup/rules.ts';
import { INITIALIZER_LABELS, LOSS_LABELS, MOMENTUMS, OPTIMIZER_LABELS, REGULARIZATION_LABELS, REGULARIZATION_RATES, withCurrent } from './choices.ts';
import { formatRate } from '../format.ts';
import { LearningRateField } from './LearningRateField.tsx';
import { SelectField } from './SelectField.tsx';

const REGULARIZATIONS: Regularization[] = ['none', 'l1', 'l2'];

export function CompileSettings() {
  const optimizer = useConfigStore(selectOptimizer);
  const momentum = useConfigStore(selectMomentum);
  const loss = useConfigStore(selectLoss);
  const task = useConfigStore(selectTask);
  const regularization = useConfigStore(selectRegularization);
  const regularizationRate = useConfigStore(selectRegularizationRate);
  const initializer = useConfigStore(selectInitializer);
  const config = useConfigStore.getState();

  return (
    <fieldset className="settings-group">
      <legend>
        <code>compile</code>
      </legend>
      <SelectField
        label="Optimizer"
        lock="optimizer"
        value={optimizer}
        options={OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))}
        title="How the weights move downhill on the loss: SGD takes plain steps; Adam and RMSprop adapt each weight's step."
        onChange={config.setOptimizer}
      />
      <LearningRateField />
      {optimizer === 'sgd' && (
        <SelectField
          label="Momentum"
          lock="momentum"
          value={momentum}
          options={withCurrent(MOMENTUMS, momentum).map((m) => ({ value: m, label: m === 0 ? '0 (plain SGD)' : formatRate(m) }))}
          title="How much of the previous step SGD keeps going with"
          onChange={config.setMomentum}
        />
      )}
      <SelectField
        label="Loss"
        lock="loss"
        value={loss}
        options={lossesFor(task).map((l) => ({ value: l, label: LOSS_LABELS[l] }))}
        title="The number training makes smaller: how far the predictions are from the targets."
        onChange={config.setLoss}
      />
      <SelectField
        label="Regularization"
        lock="regularization"
        value={regularization}
        options={REGULARIZATIONS.map((r) => ({ value: r, label: REGULARIZATION_LABELS[r] }))}
        title="Regularisation adds a penalty on large weights to the loss, so the network prefers simpler answers that generalise."
        onChange={config.setRegularization}
      />
      <SelectField
        label="Regularization rate"
        lock="regularization"
        value={regularizationRate}
        options={withCurrent(REGULARIZATION_RATES, regularizationRate).map((r) => ({ value: r, label: formatRate(r) }))}
        disabled={regularization === 'none'}
        title="How much the weight penalty counts against the loss."
        onChange={config.setRegularizationRate}
      />
      <SelectField
        label="Initializer"
        lock="initializer"
        value={initializer}
        options={INITIALIZERS.map((i) => ({ value: i, label: INITIALIZER_LABELS[i] }))}
        title="The initializer draws the starting weights before any training; Reset draws them again."
        onChange={config.setInitializer}
      />
    </fieldset>
  );
}
