// The values the selects offer, and the words they show. A value from a link that is not in a list
// is still shown (see withCurrent), so a select never lies about the setup.

import type { InitializerName, LossName, OptimizerName } from '../../engine/types.ts';
import type { Regularization } from '../../setup/config.ts';

/** TensorFlow Playground's ladder, each step about 3x the last. */
export const LEARNING_RATES = [0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3];
export const REGULARIZATION_RATES = [0, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
export const BATCH_SIZES = [1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100];
export const SAMPLE_COUNTS = [100, 200, 300, 400, 500, 750, 1000];
export const MOMENTUMS = [0, 0.5, 0.9, 0.95, 0.99];
export const EPOCH_COUNTS = [1, 5, 10, 20, 50, 100, 150, 200, 500, 1000];

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  rmsprop: 'RMSprop',
  adam: 'Adam',
};

export const LOSS_LABELS: Record<LossName, string> = {
  binary_crossentropy: 'Binary cross-entropy',
  categorical_crossentropy: 'Categorical cross-entropy',
  mse: 'Mean squared error',
};

export const REGULARIZATION_LABELS: Record<Regularization, string> = {
  none: 'None',
  l1: 'L1',
  l2: 'L2',
};

export const INITIALIZER_LABELS: Record<InitializerName, string> = {
  glorot_uniform: 'Glorot uniform',
  he_normal: 'He normal',
  he_uniform: 'He uniform',
  random_uniform: 'Random uniform',
  zeros: 'Zeros',
  constant: 'Constant',
};

/** The list with the current value slotted in, in order, when it is not one of the usual ones. */
export function withCurrent(values: readonly number[], current: number): number[] {
  return values.includes(current) ? [...values] : [...values, current].sort((a, b) => a - b);
}
