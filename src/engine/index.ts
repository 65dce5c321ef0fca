// Layerlab's engine: a small Keras-shaped neural-network library in pure TypeScript.
// The worker trains with it, the heatmaps evaluate it, the walkthrough explains it.
export * from './types.ts';
export { createModel, Model, COMPILE_DEFAULTS, type CreateOptions, type Dtype } from './model.ts';
export { createTrainer, Trainer, type Dataset, type EpochLog, type Grain, type StepReport, type TrainerOptions } from './trainer.ts';
export { modelFromJSON, MODEL_FORMAT, MODEL_VERSION, type ModelJSON, type TrainingSettings } from './serialize.ts';
export type { Trace, ForwardTrace, BackwardTrace, LayerTrace, NeuronTrace, SoftmaxTrace, BackwardLayerTrace } from './trace.ts';
export { activate, derivativeFromOutput, isActivation, LEAKY_SLOPE, ELU_ALPHA } from './activations.ts';
export { createRng, shuffleInPlace, type Rng } from './random.ts';
export * from './datasets/index.ts';
