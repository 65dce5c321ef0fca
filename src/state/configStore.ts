// The durable setup: everything a link or a reload restores. Every action keeps the config valid
// (clamped, compatible), so the worker never receives a setup it has to reject.

import { create } from 'zustand';
import type { ActivationName, InitializerName, LossName, OptimizerName } from '../engine/types.ts';
import { FEATURES, type Dataset2DName, type FeatureName } from '../engine/data/names.ts';
import { taskOf, defaultLossOf, type PlaygroundConfig, type Regularization } from '../worker/protocol.ts';
import { DEFAULT_ACTIVATION, DEFAULT_CONFIG, RANGES, clamp, clampInt, lossesFor } from './configRules.ts';

interface ConfigActions {
  /** Replaces the whole setup (a decoded link); the caller has validated it. */
  replaceConfig(config: PlaygroundConfig): void;
  setDataset(dataset: Dataset2DName): void;
  setNoise(noise: number): void;
  setValidationSplit(fraction: number): void;
  setSamples(samples: number): void;
  setClasses(classes: number): void;
  /** Adds or removes an input feature; the last remaining one stays, since a network needs an input. */
  toggleFeature(feature: FeatureName): void;
  /** Appends a hidden layer shaped like the current last one. */
  addLayer(): void;
  /** Removes the last hidden layer. */
  removeLayer(): void;
  /** Adds `delta` neurons (negative removes) to hidden layer `layer` (0-based). */
  setUnits(layer: number, delta: number): void;
  setActivation(layer: number, activation: ActivationName): void;
  setLoss(loss: LossName): void;
  setOptimizer(optimizer: OptimizerName): void;
  setLearningRate(rate: number): void;
  setMomentum(momentum: number): void;
  setBatchSize(size: number): void;
  setRegularization(kind: Regularization): void;
  setRegularizationRate(rate: number): void;
  setInitializer(initializer: InitializerName): void;
  setSeed(seed: number): void;
  /** New points (and new starting weights): the next seed. */
  regenerate(): void;
}

export type ConfigState = PlaygroundConfig & ConfigActions;

/** The plain setup without the actions, for sending or encoding. */
export function configOf(state: ConfigState): PlaygroundConfig {
  const { dataset, noise, validationSplit, samples, classes, features, hidden, loss, optimizer, learningRate } = state;
  const { momentum, batchSize, regularization, regularizationRate, initializer, seed } = state;
  return {
    dataset,
    noise,
    validationSplit,
    samples,
    classes,
    features,
    hidden,
    loss,
    optimizer,
    learningRate,
    momentum,
    batchSize,
    regularization,
    regularizationRate,
    initializer,
    seed,
  };
}

/** Only finite numbers reach the clamps: a NaN from an emptied input field leaves the setting as it was. */
function finite<T>(value: number, apply: (v: number) => T): T | Record<string, never> {
  return Number.isFinite(value) ? apply(value) : {};
}

export const useConfigStore = create<ConfigState>()((set) => ({
  ...DEFAULT_CONFIG,

  replaceConfig: (config) => set(config),

  setDataset: (dataset) =>
    set((s) => {
      const task = taskOf(dataset);
      return { dataset, loss: lossesFor(task).includes(s.loss) ? s.loss : defaultLossOf(task) };
    }),
  setNoise: (noise) => set(finite(noise, (v) => ({ noise: clamp(v, RANGES.noise) }))),
  setValidationSplit: (fraction) => set(finite(fraction, (v) => ({ validationSplit: clamp(v, RANGES.validationSplit) }))),
  setSamples: (samples) => set(finite(samples, (v) => ({ samples: clampInt(v, RANGES.samples) }))),
  setClasses: (classes) => set(finite(classes, (v) => ({ classes: clampInt(v, RANGES.classes) }))),

  toggleFeature: (feature) =>
    set((s) => {
      const on = s.features.includes(feature);
      if (on && s.features.length === 1) return {};
      // Keep the canonical order, so the same set of features always means the same input columns.
      return { features: FEATURES.filter((f) => (f === feature ? !on : s.features.includes(f))) };
    }),

  addLayer: () =>
    set((s) => {
      if (s.hidden.length >= RANGES.hiddenLayers.max) return {};
      const last = s.hidden.at(-1) ?? { units: 4, activation: DEFAULT_ACTIVATION };
      return { hidden: [...s.hidden, { ...last }] };
    }),
  removeLayer: () => set((s) => (s.hidden.length > RANGES.hiddenLayers.min ? { hidden: s.hidden.slice(0, -1) } : {})),
  setUnits: (layer, delta) =>
    set((s) => ({
      hidden: s.hidden.map((l, i) => (i === layer ? { ...l, units: clampInt(l.units + delta, RANGES.units) } : l)),
    })),
  setActivation: (layer, activation) =>
    set((s) => ({ hidden: s.hidden.map((l, i) => (i === layer ? { ...l, activation } : l)) })),

  setLoss: (loss) => set((s) => (lossesFor(taskOf(s.dataset)).includes(loss) ? { loss } : {})),
  setOptimizer: (optimizer) => set({ optimizer }),
  setLearningRate: (rate) => set(finite(rate, (v) => ({ learningRate: clamp(v, RANGES.learningRate) }))),
  setMomentum: (momentum) => set(finite(momentum, (v) => ({ momentum: clamp(v, RANGES.momentum) }))),
  setBatchSize: (size) => set(finite(size, (v) => ({ batchSize: clampInt(v, RANGES.batchSize) }))),
  setRegularization: (regularization) => set({ regularization }),
  setRegularizationRate: (rate) => set(finite(rate, (v) => ({ regularizationRate: clamp(v, RANGES.regularizationRate) }))),
  setInitializer: (initializer) => set({ initializer }),
  setSeed: (seed) => set(finite(seed, (v) => ({ seed: clampInt(v, RANGES.seed) }))),
  regenerate: () => set((s) => ({ seed: s.seed >= RANGES.seed.max ? RANGES.seed.min : s.seed + 1 })),
}));

export const selectDataset = (s: ConfigState) => s.dataset;
export const selectTask = (s: ConfigState) => taskOf(s.dataset);
export const selectNoise = (s: ConfigState) => s.noise;
export const selectValidationSplit = (s: ConfigState) => s.validationSplit;
export const selectSamples = (s: ConfigState) => s.samples;
export const selectClasses = (s: ConfigState) => s.classes;
export const selectFeatures = (s: ConfigState) => s.features;
export const selectHidden = (s: ConfigState) => s.hidden;
export const selectLoss = (s: ConfigState) => s.loss;
export const selectOptimizer = (s: ConfigState) => s.optimizer;
export const selectLearningRate = (s: ConfigState) => s.learningRate;
export const selectMomentum = (s: ConfigState) => s.momentum;
export const selectBatchSize = (s: ConfigState) => s.batchSize;
export const selectRegularization = (s: ConfigState) => s.regularization;
export const selectRegularizationRate = (s: ConfigState) => s.regularizationRate;
export const selectInitializer = (s: ConfigState) => s.initializer;
export const selectSeed = (s: ConfigState) => s.seed;
