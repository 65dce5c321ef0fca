// Everything the walkthrough draws, from the stores: the sample it follows, a main-thread copy of the
// worker's network (weights and optimiser memory from the latest frame) and that network's trace.

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FEATURE_LABELS, type FeatureName, type Model, type ModelSpec, type Task, type Trace } from '../../engine/index.ts';
import { isPlane, NOISE_SHAPE } from '../../setup/catalogue.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { taskOf } from '../../setup/rules.ts';
import { shapeOfTable, type DataShape } from '../../setup/shape.ts';
import { useConfigStore } from '../../state/configStore.ts';
import { selectData, useTrainingStore, type DataPoints } from '../../state/trainingStore.ts';
import { selectPickedSample, useViewStore, type PickedSample } from '../../state/viewStore.ts';
import { selectTyped, useWalkthroughStore, type TypedSample } from '../../state/walkthroughStore.ts';
import { compileOptionsOf as compileOptionsFor } from '../../setup/rules.ts';
import type { PreparedTable } from '../../tables/prepare.ts';
import { selectSample, selectTable, useTableStore, type TableSample } from '../../state/tableStore.ts';
import { buildLocalModel } from '../localModel.ts';
import { makeSample, type Sample } from './sample.ts';
import { noiseRows, tableRowCount, tableRowSample } from './tableSample.ts';

export interface SampleChoice {
  sample: Sample;
  /** Same id, same sample: used to keep an update's before/after together. */
  id: string;
  /** Where it came from, for the panel's caption. */
  origin: { kind: 'typed' } | { kind: 'picked'; set: PickedSample['set']; index: number } | { kind: 'row'; index: number; count: number; drawn: boolean };
}

/** What the walkthrough knows of a table (null for a plane). */
export interface TableInfo {
  /** Validation rows it can follow. */
  rows: number;
  image: { rows: number; cols: number } | null;
  /** Each input's mean and spread (standardised columns), to show the value in the file too. */
  stats: PreparedTable['stats'];
  targetScale: PreparedTable['targetScale'];
  targetName: string;
  digits: boolean;
}

export type WalkthroughData =
  | { ready: false; reason: string }
  | {
      ready: true;
      spec: ModelSpec;
      model: Model;
      trace: Trace;
      choice: SampleChoice;
      task: Task;
      classes: number;
      features: FeatureName[];
      featureLabels: string[];
      /** The classes by name (tables), else null: "class 0", "class 1"... */
      classNames: string[] | null;
      table: TableInfo | null;
      config: PlaygroundConfig;
    };

/** The walkthrough's data once it has a sample and a trace to show. */
export type Ready = Extract<WalkthroughData, { ready: true }>;

/** The sample the walkthrough follows: typed, else the picked point, else the first training point. */
export function chooseSample(
  typed: TypedSample | null,
  picked: PickedSample | null,
  data: DataPoints | null,
  features: readonly FeatureName[],
  task: Task,
  classes: number,
): SampleChoice | null {
  if (typed) {
    return { sample: makeSample(typed.point, typed.label, features, task, classes), id: `typed:${typed.point.join(',')}:${typed.label}`, origin: { kind: 'typed' } };
  }
  if (!data || data.task !== task) return null;
  const pick = picked ?? { set: 'train' as const, index: 0 };
  const xs = pick.set === 'train' ? data.trainX : data.validationX;
  const ys = pick.set === 'train' ? data.trainY : data.validationY;
  if (pick.index >= ys.length) return null;
  const point: [number, number] = [xs[2 * pick.index], xs[2 * pick.index + 1]];
  return {
    sample: makeSample(point, ys[pick.index], features, task, data.task === 'multiclass' ? data.classes : classes),
    id: `${pick.set}:${pick.index}:${point.join(',')}`,
    origin: { kind: 'picked', set: pick.set, index: pick.index },
  };
}

/** The setup as the config store holds it, as one object that changes only when a field does. */
export function usePlaygroundConfig(): PlaygroundConfig {
  return useConfigStore(
    useShallow(
      (s): PlaygroundConfig => ({
        dataset: s.dataset,
        noise: s.noise,
        validationSplit: s.validationSplit,
        validationRows: s.validationRows,
        samples: s.samples,
        classes: s.classes,
        problem: s.problem,
        features: s.features,
        hidden: s.hidden,
        loss: s.loss,
        optimizer: s.optimizer,
        learningRate: s.learningRate,
        momentum: s.momentum,
        batchSize: s.batchSize,
        epochs: s.epochs,
        regularization: s.regularization,
        regularizationRate: s.regularizationRate,
        initializer: s.initializer,
        seed: s.seed,
      }),
    ),
  );
}

/** A main-thread copy of the worker's latest network, or why there is none yet. Tables need their shape. */
export function useLocalModel(config: PlaygroundConfig, shape: DataShape | null = null): { model: Model } | { error: string } {
  const { spec, params, optimizer } = useTrainingStore(useShallow((s) => ({ spec: s.spec, params: s.params, optimizer: s.optimizer })));
  const plane = isPlane(config.dataset);
  const task = plane ? taskOf(config.dataset, null, config.problem) : shape ? shape.task : null;
  // The worker compiles with the task of the data it trains on: the preview must use the same options.
  const compile = useMemo(() => (task ? compileOptionsFor(config, task) : null), [config, task]);
  const inputs = plane ? config.features.length : (shape?.inputs ?? -1);
  return useMemo(() => {
    if (!compile) return { error: 'Waiting for the data…' };
    if (!spec || !params) return { error: 'Waiting for the network…' };
    if (spec.inputs !== inputs) return { error: 'Waiting for the new network…' };
    try {
      return { model: buildLocalModel({ spec, params, optimizer, compile }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [spec, params, optimizer, compile, inputs]);
}

interface TableContext {
  shape: DataShape | null;
  classNames: string[] | null;
  inputNames: string[];
  info: TableInfo | null;
  choice: SampleChoice | null;
  reason: string;
}

/** The row the walkthrough follows for a table: the followed validation row (the first by default). */
export function chooseTableRow(table: PreparedTable, followed: TableSample | null): SampleChoice | null {
  const count = tableRowCount(table);
  const drawn = followed?.origin === 'drawn';
  const index = followed && followed.origin === 'row' && followed.index < count ? followed.index : 0;
  const sample = tableRowSample(table, index);
  if (!sample) return null;
  return { sample, id: `row:${table.source}:${table.id}:${index}`, origin: { kind: 'row', index, count, drawn } };
}

function useTableContext(config: PlaygroundConfig): TableContext {
  const prepared = useTableStore(selectTable);
  const followed = useTableStore(selectSample);
  const { dataset, samples, validationSplit, seed } = config;
  const plane = isPlane(dataset);
  const noise = useMemo(() => (dataset === 'noise' ? noiseRows(samples, validationSplit, seed) : null), [dataset, samples, validationSplit, seed]);
  return useMemo((): TableContext => {
    const none = { shape: null, classNames: null, inputNames: [], info: null, choice: null };
    if (plane) return { ...none, reason: '' };
    if (noise) {
      const index = followed?.origin === 'row' && followed.index < noise.count ? followed.index : 0;
      const sample = noise.sample(index);
      const names = Array.from({ length: NOISE_SHAPE.inputs }, (_, i) => `noise ${i + 1}`);
      return {
        shape: NOISE_SHAPE,
        classNames: null,
        inputNames: names,
        info: { rows: noise.count, image: null, stats: null, targetScale: null, targetName: 'Class', digits: false },
        choice: sample ? { sample, id: `noise:${samples}:${validationSplit}:${seed}:${index}`, origin: { kind: 'row', index, count: noise.count, drawn: false } } : null,
        reason: 'The walkthrough follows a validation row: set a validation split above 0 to use it.',
      };
    }
    if (!prepared || prepared.source !== dataset) return { ...none, reason: 'Waiting for the data…' };
    return {
      shape: shapeOfTable(prepared),
      classNames: prepared.task === 'regression' ? null : prepared.classNames,
      inputNames: prepared.inputNames,
      info: {
        rows: tableRowCount(prepared),
        image: prepared.image,
        stats: prepared.stats,
        targetScale: prepared.targetScale,
        targetName: prepared.targetName,
        digits: prepared.image !== null,
      },
      choice: chooseTableRow(prepared, followed),
      reason: 'The walkthrough follows a validation row: set a validation split above 0 to use it.',
    };
  }, [plane, noise, prepared, followed, dataset, samples, validationSplit, seed]);
}

export function useWalkthroughData(): WalkthroughData {
  const config = usePlaygroundConfig();
  const tableContext = useTableContext(config);
  const plane = isPlane(config.dataset);
  const built = useLocalModel(config, tableContext.shape);
  const data = useTrainingStore(selectData);
  const picked = useViewStore(selectPickedSample);
  const typed = useWalkthroughStore(selectTyped);
  const optimizer = useTrainingStore((s) => s.optimizer);
  const task = taskOf(config.dataset, tableContext.shape, config.problem);

  const planeChoice = useMemo(
    () => (plane ? chooseSample(typed, picked, data, config.features, task, config.classes) : null),
    [plane, typed, picked, data, config.features, task, config.classes],
  );
  const choice = plane ? planeChoice : tableContext.choice;

  const traced = useMemo((): { trace: Trace } | { error: string } => {
    if ('error' in built) return built;
    if (!choice) return { error: plane ? 'Pick a point on the output plot, or type one.' : tableContext.reason };
    try {
      return { trace: built.model.trace(choice.sample.features, choice.sample.target) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [built, choice, plane, tableContext.reason]);

  if ('error' in built) return { ready: false, reason: built.error };
  if ('error' in traced) return { ready: false, reason: traced.error };
  // Adam, RMSprop and momentum remember past steps: preview the next one only with the worker's memory.
  const remembers = config.optimizer !== 'sgd' || config.momentum > 0;
  if (remembers && !optimizer) return { ready: false, reason: 'Waiting for the optimiser’s memory…' };
  return {
    ready: true,
    spec: built.model.spec,
    model: built.model,
    trace: traced.trace,
    choice: choice!,
    task,
    classes: task === 'multiclass' ? (tableContext.shape?.classes ?? config.classes) : task === 'binary' ? 2 : 0,
    features: plane ? config.features : [],
    featureLabels: plane ? config.features.map((f) => FEATURE_LABELS[f]) : tableContext.inputNames,
    classNames: tableContext.classNames,
    table: tableContext.info,
    config,
  };
}
