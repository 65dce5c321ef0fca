// The Keras program equivalent to the setup on the page: define, compile, fit, evaluate.
// Generated from the learner's own config and the model the worker trains, so it follows every change.

import type { ActivationName, ModelSpec } from '../../engine/index.ts';
import { FEATURE_LABELS } from '../../engine/index.ts';
import { DATASET_LABELS, isPlane } from '../../setup/catalogue.ts';
import { type PlaygroundConfig } from '../../setup/config.ts';

export type KerasSection = 'setup' | 'define' | 'compile' | 'fit' | 'evaluate';

export interface KerasLine {
  section: KerasSection;
  text: string;
}

/** A number as a person would type it into Python: 0.01, 0.9, 1e-05. */
function py(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.0001) return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
  return String(Number(value.toPrecision(6)));
}

const OPTIMIZER_CLASS = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop' } as const;

function denseLines(units: number, activation: ActivationName, extra: string): string[] {
  // Keras 3's "leaky_relu" string uses a slope of 0.2; the playground (like tf.keras' layer) uses 0.3.
  if (activation === 'leaky_relu') return [`layers.Dense(${units}${extra}),`, 'layers.LeakyReLU(negative_slope=0.3),'];
  return [`layers.Dense(${units}, activation="${activation}"${extra}),`];
}

export function kerasCode(config: PlaygroundConfig, spec: ModelSpec, epochs: number): KerasLine[] {
  const lines: KerasLine[] = [];
  const add = (section: KerasSection, ...texts: string[]) => texts.forEach((text) => lines.push({ section, text }));
  // The output layer says the task: linear for regression, sigmoid or softmax for classes.
  const classification = spec.layers.at(-1)!.activation !== 'linear';
  const inputs = isPlane(config.dataset) ? config.features.map((f) => FEATURE_LABELS[f]).join(', ') : `${spec.inputs} columns`;

  add('setup', 'import keras', 'from keras import layers', '', `keras.utils.set_random_seed(${config.seed})`, '');
  // The page's data stay on the page: the program names them, x holding the inputs and y the targets.
  add('setup', `# x, y: the ${DATASET_LABELS[config.dataset]} data, ${inputs} in each row of x`, '');

  const extras: string[] = [];
  if (config.initializer !== 'glorot_uniform') extras.push(`kernel_initializer="${config.initializer}"`);
  if (config.regularization !== 'none' && config.regularizationRate > 0) {
    extras.push(`kernel_regularizer=keras.regularizers.${config.regularization.toUpperCase()}(${py(config.regularizationRate)})`);
  }
  const extra = extras.length ? `, ${extras.join(', ')}` : '';
  add('define', '# define: the layers, input to output', 'model = keras.Sequential([', `    keras.Input(shape=(${spec.inputs},)),  # ${inputs}`);
  for (const layer of spec.layers) add('define', ...denseLines(layer.units, layer.activation, extra).map((t) => `    ${t}`));
  add('define', '])', '');

  const opt =
    config.optimizer === 'sgd' && config.momentum > 0
      ? `keras.optimizers.SGD(learning_rate=${py(config.learningRate)}, momentum=${py(config.momentum)})`
      : `keras.optimizers.${OPTIMIZER_CLASS[config.optimizer]}(learning_rate=${py(config.learningRate)})`;
  add('compile', '# compile: how it learns', 'model.compile(', `    optimizer=${opt},`, `    loss="${config.loss}",`);
  if (classification) add('compile', '    metrics=["accuracy"],');
  add('compile', ')', '');

  const split = py(config.validationSplit);
  add(
    'fit',
    `# fit: train, holding out the last ${Math.round(config.validationSplit * 100)}% of the rows`,
    'history = model.fit(',
    '    x, y,',
    `    batch_size=${config.batchSize},`,
    `    epochs=${Math.max(1, epochs)},`,
    `    validation_split=${split},`,
    ')',
    '',
  );
  add('evaluate', '# evaluate: on the held-out rows', `n_val = int(len(x) * ${split})`, 'model.evaluate(x[-n_val:], y[-n_val:])');
  return lines;
}
