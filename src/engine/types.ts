// The engine's vocabulary. Names follow Keras, because learners meet them there next.

export const ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'softmax'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const LOSSES = ['mse', 'binary_crossentropy', 'categorical_crossentropy'] as const;
export type LossName = (typeof LOSSES)[number];

export const INITIALIZERS = ['random_uniform', 'glorot_uniform', 'he_normal', 'he_uniform', 'zeros', 'constant'] as const;
export type InitializerName = (typeof INITIALIZERS)[number];

export const OPTIMIZERS = ['sgd', 'rmsprop', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export interface LayerSpec {
  units: number;
  activation: ActivationName;
}

/** A sequential stack of dense layers: an input width and the layers after it. */
export interface ModelSpec {
  inputs: number;
  layers: LayerSpec[];
}

export interface InitOptions {
  seed?: number;
  initializer?: InitializerName;
  /** Value used by the 'constant' initializer (kernels only; biases start at zero). */
  constant?: number;
}

/** Everything `compile` takes. Omitted fields get Keras' defaults. */
export interface CompileOptions {
  optimizer?: OptimizerName;
  learningRate?: number;
  /** SGD momentum (0 = plain SGD). */
  momentum?: number;
  nesterov?: boolean;
  /** RMSprop decay. */
  rho?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  loss?: LossName;
  metrics?: 'accuracy'[];
  /** Weight penalties on kernels (not biases), as Keras' kernel_regularizer. */
  l1?: number;
  l2?: number;
}

export type ResolvedCompile = Required<Omit<CompileOptions, 'metrics'>> & { metrics: 'accuracy'[] };

/** Per-layer weights in Keras layout: kernel[inputs][units], bias[units]. */
export interface LayerWeights {
  kernel: number[][];
  bias: number[];
}

/** Result of one training step over a batch. */
export interface BatchResult {
  /** Mean data loss over the batch. */
  loss: number;
  /** The L1/L2 penalty term, reported apart from the data loss. */
  penalty: number;
  /** Number of samples predicted correctly (classification), NaN for regression. */
  correct: number;
  size: number;
}

/** One epoch of the log, named as Keras names them. `loss` is the data loss; `penalty` the L1/L2 term apart. */
export interface EpochLog {
  epoch: number;
  loss: number;
  penalty: number;
  accuracy: number;
  val_loss: number;
  val_accuracy: number;
}

/** A thrown error a learner can read: what went wrong and where. */
export class EngineError extends Error {
  constructor(
    message: string,
    /** Where: e.g. "layers[1].activation" or "weights[2][0][3]". */
    readonly path: string = '',
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'EngineError';
  }
}

export const DTYPES = ['float64', 'float32'] as const;
/** Storage for weights and activations. */
export type Dtype = (typeof DTYPES)[number];
