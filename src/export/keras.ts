// The setup as a Keras 3 script: the same layers, initialiser, penalties, optimiser, loss and fit settings,
// with the trained weights set, so a learner's next step in Python starts exactly where the page is.
import { LEAKY_SLOPE } from '../engine/index.ts';
import type { InitializerName } from '../engine/index.ts';
import { dataFiles, layerWeights, py, pyList, pyMatrix, pythonData, pythonDataImport, pythonPrint, rowCount } from './data.ts';
import type { Export, ExportCompile, ExportInput } from './types.ts';

export const KERAS_FILE = 'layerlab_keras.py';

/** Keras' own names; 'constant' needs its value (the playground's is 0). */
function initializerPy(name: InitializerName): string {
  return name === 'constant' ? 'keras.initializers.Constant(0.0)' : JSON.stringify(name);
}

function regularizerPy(c: ExportCompile): string | null {
  if (c.l1 > 0 && c.l2 > 0) return `keras.regularizers.L1L2(l1=${py(c.l1)}, l2=${py(c.l2)})`;
  if (c.l1 > 0) return `keras.regularizers.L1(${py(c.l1)})`;
  if (c.l2 > 0) return `keras.regularizers.L2(${py(c.l2)})`;
  return null;
}

function optimizerPy(c: ExportCompile): string {
  const lr = `learning_rate=${py(c.learningRate)}`;
  switch (c.optimizer) {
    case 'sgd':
      return `keras.optimizers.SGD(${lr}${c.momentum > 0 ? `, momentum=${py(c.momentum)}` : ''}${c.nesterov ? ', nesterov=True' : ''})`;
    case 'rmsprop':
      return `keras.optimizers.RMSprop(${lr}, rho=0.9, epsilon=1e-07)`;
    case 'adam':
      return `keras.optimizers.Adam(${lr}, beta_1=0.9, beta_2=0.999, epsilon=1e-07)`;
  }
}

/**
 * The fraction Keras' validation_split must be given so that it holds out exactly the last `held` of `n` rows:
 * Keras trains on the first floor(n * (1 - split)) rows. The learner's own split when it gives that count.
 */
export function kerasValidationSplit(n: number, held: number, preferred: number): number {
  const fits = (s: number) => Math.floor(n * (1 - s)) === n - held;
  if (held === 0) return 0;
  if (fits(preferred)) return preferred;
  if (fits(held / n)) return held / n;
  return (held - 0.5) / n;
}

export function kerasExport(input: ExportInput): Export {
  const { spec, compile: c, fit, data } = input;
  const weights = layerWeights(input);
  const regularizer = regularizerPy(c);
  const layerLines = spec.layers.flatMap((layer, l) => {
    const args = [String(layer.units)];
    // Keras 3's 'leaky_relu' activation string has slope 0.2; the playground's (tf.keras' LeakyReLU) is 0.3: a layer says it exactly.
    if (layer.activation !== 'leaky_relu') args.push(`activation=${JSON.stringify(layer.activation)}`);
    args.push(`kernel_initializer=${initializerPy(input.initializer)}`);
    if (regularizer) args.push(`kernel_regularizer=${regularizer}`);
    const dense = `    keras.layers.Dense(${args.join(', ')}),${l === spec.layers.length - 1 ? '  # output' : ''}`;
    return layer.activation === 'leaky_relu' ? [dense, `    keras.layers.LeakyReLU(negative_slope=${py(LEAKY_SLOPE)}),`] : [dense];
  });
  const metrics = data.task === 'regression' ? '' : ', metrics=["accuracy"]';
  const split = kerasValidationSplit(rowCount(data), data.validationCount, fit.validationSplit);
  const script = [
    `"""Layerlab export: the network on screen as a Keras 3 model, with its trained weights.`,
    '',
    `Run: python3 ${KERAS_FILE}          prints the inputs and predictions of the first samples as one JSON line`,
    `     python3 ${KERAS_FILE} --fit    trains ${fit.epochs} more ${fit.epochs === 1 ? 'epoch' : 'epochs'} first, as the playground would"""`,
    'import contextlib',
    pythonDataImport(data),
    'import json',
    'import sys',
    '',
    'import keras',
    'import numpy as np',
    '',
    '# The playground computes in float64; Keras would use float32.',
    'keras.config.set_floatx("float64")',
    `keras.utils.set_random_seed(${input.seed})  # Keras' own random numbers: not the playground's, but repeatable`,
    '',
    pythonData(data),
    '',
    'model = keras.Sequential([',
    `    keras.Input(shape=(${spec.inputs},)),`,
    ...layerLines,
    '])',
    `model.compile(optimizer=${optimizerPy(c)}, loss=${JSON.stringify(c.loss)}${metrics})`,
    '',
    '# The trained weights on screen, in Keras order: kernel [inputs, units], then bias, layer by layer.',
    '# Leave this out to train from fresh weights drawn by the initializer.',
    'model.set_weights([',
    ...weights.flatMap((w, l) => [`    ${pyMatrix(w.kernel, '    ')},  # layer ${l + 1} kernel`, `    np.array(${pyList(w.bias)}),  # layer ${l + 1} bias`]),
    '])',
    '',
    'if "--fit" in sys.argv:',
    `    # validation_split holds out the last rows before any shuffling: the playground's ${data.validationCount} validation rows of ${rowCount(data)}.`,
    '    # Keras prints its progress on stdout; it goes to stderr so that stdout holds only the result line.',
    '    with contextlib.redirect_stdout(sys.stderr):',
    `        model.fit(x, y, epochs=${fit.epochs}, batch_size=${fit.batchSize}, validation_split=${py(split)}, shuffle=${fit.shuffle ? 'True' : 'False'}, verbose=2)`,
    // evaluate: the loss (and accuracy) on the validation rows, as the playground's metrics report them.
    ...(data.validationCount > 0 ? ['        model.evaluate(x[N_TRAIN:], y[N_TRAIN:], verbose=2)'] : []),
    '',
    pythonPrint((x) => `model.predict(${x}, verbose=0)`),
    '',
  ].join('\n');
  return { kind: 'keras', files: [{ name: KERAS_FILE, content: script }, ...dataFiles(data)], command: `python3 ${KERAS_FILE}` };
}
