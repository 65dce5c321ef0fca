// The durable setup: everything a link or a reload restores. Every action keeps the config valid
// (clamped, compatible), so the worker never receives a setup it has to reject.

import { create } from 'zustand';
import type { ActivationName, InitializerName, LossName, OptimizerName } from '../engine/types.ts';
import { FEATURES, type FeatureName } from '../engine/datasets/names.ts';
import type { DatasetName } from '../setup/catalogue.ts';
import { defaultValidationRowsOf, type PlaygroundConfig, type Problem, type Regularization, type ValidationRows } from '../setup/config.ts';
import { taskOf, defaultLossOf, unitsLimitOf } from '../setup/rules.ts';
import type { DataShape } from '../setup/shape.ts';
import { DEFAULT_ACTIVATION, DEFAULT_CONFIG, datasetGroup, defaultConfigFor, setupOf, type ModelSetup } from '../setup/defaults.ts';
import { RANGES, clamp, clampInt } from '../setup/limits.ts';
import { lossesFor } from '../setup/rules.ts';

interface ConfigExtras {
  /** The shape of the learner's prepared CSV (never in a link: the file stays on their computer). */
  csvShape: DataShape | null;
  /** The setup last used with each group of datasets, restored on coming back to it. */
  savedSetups: Partial<Record<string, ModelSetup>>;
}

interface ConfigActions {
  /** Replaces the whole setup (a decoded link); the caller has validated it. */
  replaceConfig(config: PlaygroundConfig): void;
  /**
   * Switches the data. Going to another kind of data (planes, noise, a table) remembers the network
   * used with the old kind and brings back the one last used with the new kind, or its preset.
   */
  setDataset(dataset: Exclude<DatasetName, 'csv'>): void;
  /** Switches to the learner's CSV once it is prepared: its shape, and the split chosen in the import dialog. */
  useCsv(shape: DataShape, validationSplit: number, validationRows: ValidationRows): void;
  setNoise(noise: number): void;
  setValidationSplit(fraction: number): void;
  setValidationRows(rows: ValidationRows): void;
  setSamples(samples: number): void;
  setClasses(classes: number): void;
  /** Classification or regression, where the data allow both; the loss follows the new task. */
  setProblem(problem: Problem): void;
  /** Adds or removes an input feature; the last remaining one stays, since a network needs an input. */
  toggleFeature(feature: FeatureName): void;
  /** Appends a hidden layer shaped like the current last one. */
  addLayer(): void;
  /** Removes the last hidden layer. */
  removeLayer(): void;
  /** Adds `delta` neurons (negative removes) to hidden layer `layer` (0-based). */
  setUnits(layer: number, delta: number): void;
  /** Sets hidden layer `layer` (0-based) to `units` neurons. */
  setLayerUnits(layer: number, units: number): void;
  setActivation(layer: number, activation: ActivationName): void;
  setLoss(loss: LossName): void;
  setOptimizer(optimizer: OptimizerName): void;
  setLearningRate(rate: number): void;
  setMomentum(momentum: number): void;
  setBatchSize(size: number): void;
  /** Epochs Play trains before it stops (null: until paused). */
  setEpochs(epochs: number | null): void;
  setRegularization(kind: Regularization): void;
  setRegularizationRate(rate: number): void;
  setInitializer(initializer: InitializerName): void;
  setSeed(seed: number): void;
  /** New points (and new starting weights): the next seed. */
  regenerate(): void;
}

export type ConfigState = PlaygroundConfig & ConfigExtras & ConfigActions;

/** The plain setup without the actions, for sending or encoding. */
export function configOf(state: ConfigState): PlaygroundConfig {
  const { dataset, noise, validationSplit, validationRows, samples, classes, problem, features, hidden, loss, optimizer, learningRate } = state;
  const { momentum, batchSize, epochs, regularization, regularizationRate, initializer, seed } = state;
  return {
    dataset,
    noise,
    validationSplit,
    validationRows,
    samples,
    classes,
    problem,
    features,
    hidden,
    loss,
    optimizer,
    learningRate,
    momentum,
    batchSize,
    epochs,
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

/** The changes that switch `s` to `dataset` (of task `task`), remembering and restoring setups by group. */
function switchTo(s: ConfigState, dataset: DatasetName, task = taskOf(dataset, s.csvShape, s.problem)): Partial<ConfigState> {
  const from = datasetGroup(s.dataset);
  const to = datasetGroup(dataset);
  // Each table's own rule (see defaultValidationRowsOf): another table's choice says nothing about this one.
  const validationRows = defaultValidationRowsOf(dataset);
  if (from === to) {
    return { dataset, validationRows, loss: lossesFor(task).includes(s.loss) ? s.loss : defaultLossOf(task) };
  }
  const savedSetups = { ...s.savedSetups, [from]: setupOf(s) };
  const saved = s.savedSetups[to];
  // Never used here before (say, the page opened on a link to the digits): the data's own default setup.
  const setup: ModelSetup = setupOf(saved ?? defaultConfigFor(dataset, task));
  const units = unitsLimitOf(dataset);
  return {
    dataset,
    validationRows,
    savedSetups,
    ...setup,
    hidden: setup.hidden.map((l) => ({ ...l, units: clampInt(l.units, units) })),
    samples: clampInt(setup.samples, RANGES.samples),
    loss: lossesFor(task).includes(setup.loss) ? setup.loss : defaultLossOf(task),
  };
}

export const useConfigStore = create<ConfigState>()((set) => ({
  ...DEFAULT_CONFIG,
  csvShape: null,
  savedSetups: {},

  replaceConfig: (config) => set(config),

  setDataset: (dataset) => set((s) => (dataset === s.dataset ? {} : switchTo(s, dataset))),
  useCsv: (shape, validationSplit, validationRows) =>
    set((s) => {
      const next = switchTo({ ...s, csvShape: shape }, 'csv', shape.task);
      // Another file with another kind of target starts from that task's natural loss.
      const newTask = s.dataset === 'csv' && s.csvShape?.task !== shape.task;
      return {
        ...next,
        ...(newTask ? { loss: defaultLossOf(shape.task) } : {}),
        csvShape: shape,
        validationSplit: clamp(validationSplit, RANGES.validationSplit),
        validationRows,
      };
    }),
  setNoise: (noise) => set(finite(noise, (v) => ({ noise: clamp(v, RANGES.noise) }))),
  setValidationSplit: (fraction) => set(finite(fraction, (v) => ({ validationSplit: clamp(v, RANGES.validationSplit) }))),
  setValidationRows: (validationRows) => set({ validationRows }),
  setSamples: (samples) => set(finite(samples, (v) => ({ samples: clampInt(v, RANGES.samples) }))),
  setClasses: (classes) => set(finite(classes, (v) => ({ classes: clampInt(v, RANGES.classes) }))),
  setProblem: (problem) =>
    set((s) => {
      // A new kind of problem starts from its natural loss (cross-entropy for classes, MSE for numbers).
      const task = taskOf(s.dataset, s.csvShape, problem);
      return { problem, loss: task === taskOf(s.dataset, s.csvShape, s.problem) ? s.loss : defaultLossOf(task) };
    }),

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
      hidden: s.hidden.map((l, i) => (i === layer ? { ...l, units: clampInt(l.units + delta, unitsLimitOf(s.dataset)) } : l)),
    })),
  setLayerUnits: (layer, units) =>
    set((s) => (Number.isFinite(units) ? { hidden: s.hidden.map((l, i) => (i === layer ? { ...l, units: clampInt(units, unitsLimitOf(s.dataset)) } : l)) } : {})),
  setActivation: (layer, activation) => set((s) => ({ hidden: s.hidden.map((l, i) => (i === layer ? { ...l, activation } : l)) })),

  setLoss: (loss) => set((s) => (lossesFor(taskOf(s.dataset, s.csvShape, s.problem)).includes(loss) ? { loss } : {})),
  setOptimizer: (optimizer) => set({ optimizer }),
  setLearningRate: (rate) => set(finite(rate, (v) => ({ learningRate: clamp(v, RANGES.learningRate) }))),
  setMomentum: (momentum) => set(finite(momentum, (v) => ({ momentum: clamp(v, RANGES.momentum) }))),
  setBatchSize: (size) => set(finite(size, (v) => ({ batchSize: clampInt(v, RANGES.batchSize) }))),
  setEpochs: (epochs) => set(epochs === null ? { epochs } : finite(epochs, (v) => ({ epochs: clampInt(v, RANGES.epochs) }))),
  setRegularization: (regularization) => set({ regularization }),
  setRegularizationRate: (rate) => set(finite(rate, (v) => ({ regularizationRate: clamp(v, RANGES.regularizationRate) }))),
  setInitializer: (initializer) => set({ initializer }),
  setSeed: (seed) => set(finite(seed, (v) => ({ seed: clampInt(v, RANGES.seed) }))),
  regenerate: () => set((s) => ({ seed: s.seed >= RANGES.seed.max ? RANGES.seed.min : s.seed + 1 })),
}));

export const selectDataset = (s: ConfigState) => s.dataset;
export const selectTask = (s: ConfigState) => taskOf(s.dataset, s.csvShape, s.problem);
export const selectProblem = (s: ConfigState) => s.problem;
export const selectCsvShape = (s: ConfigState) => s.csvShape;
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
export const selectEpochs = (s: ConfigState) => s.epochs;
export const selectRegularization = (s: ConfigState) => s.regularization;
export const selectRegularizationRate = (s: ConfigState) => s.regularizationRate;
export const selectInitializer = (s: ConfigState) => s.initializer;
export const selectSeed = (s: ConfigState) => s.seed;
