// Layerlab's engine: a small Keras-shaped neural-network library in pure TypeScript.
// The worker trains with it, the heatmaps evaluate it, the walkthrough explains it.
export * from './types.ts';
export { createModel, Model, type CreateOptions } from './model.ts';
export { COMPILE_DEFAULTS } from './compile.ts';
export { MAX_PARAMETERS, parameterCount } from './shape.ts';
export { carryWeights, type CarryOptions } from './carry.ts';
export type { FitOptions, FitResult } from './fit.ts';
export { createTrainer, Trainer, type Dataset, type Grain, type StepReport, type TrainableModel, type TrainerOptions } from './trainer.ts';
export type { TrainerState } from './trainerState.ts';
export {
  modelFromJSON,
  MAX_WEIGHT,
  MODEL_FORMAT,
  MODEL_VERSION,
  type ModelJSON,
  type OptimizerJSON,
  type ToJSONOptions,
  type TrainingSettings,
} from './serialize.ts';
export type { Trace, ForwardTrace, BackwardTrace, LayerTrace, NeuronTrace, SoftmaxTrace, BackwardLayerTrace } from './trace.ts';
export { activate, derivativeFromOutput, isActivation, LEAKY_SLOPE, ELU_ALPHA } from './activations.ts';
export { createRng, restoreRng, shuffleInPlace, type Rng, type RngState } from './random.ts';
export * from './datasets/index.ts';
