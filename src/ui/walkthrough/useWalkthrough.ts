// Everything the walkthrough draws, from the stores: the sample it follows, a main-thread copy of the
// worker's network (weights and optimiser memory from the latest frame) and that network's trace.

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { FEATURE_LABELS, type FeatureName, type Model, type ModelSpec, type Task, type Trace } from '../../engine/index.ts';
import { isPlane, taskOf, type PlaygroundConfig } from '../../worker/protocol.ts';
import { useConfigStore } from '../../state/configStore.ts';
import { selectData, useTrainingStore, type DataPoints } from '../../state/trainingStore.ts';
import { selectPickedSample, useViewStore, type PickedSample } from '../../state/viewStore.ts';
import { selectTyped, useWalkthroughStore, type TypedSample } from '../../state/walkthroughStore.ts';
import { buildLocalModel, compileOptionsOf, makeSample, type Sample } from './localModel.ts';

export interface SampleChoice {
  sample: Sample;
  /** Same id, same sample: used to keep an update's before/after together. */
  id: string;
  /** Where it came from, for the panel's caption. */
  origin: { kind: 'typed' } | { kind: 'picked'; set: PickedSample['set']; index: number };
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
      config: PlaygroundConfig;
    };

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
    useShallow((s): PlaygroundConfig => ({
      dataset: s.dataset,
      noise: s.noise,
      validationSplit: s.validationSplit,
      samples: s.samples,
      classes: s.classes,
      features: s.features,
      hidden: s.hidden,
      loss: s.loss,
      optimizer: s.optimizer,
      learningRate: s.learningRate,
      momentum: s.momentum,
      batchSize: s.batchSize,
      regularization: s.regularization,
      regularizationRate: s.regularizationRate,
      initializer: s.initializer,
      seed: s.seed,
    })),
  );
}

/** A main-thread copy of the worker's latest network, or why there is none yet. */
export function useLocalModel(config: PlaygroundConfig): { model: Model } | { error: string } {
  const { spec, params, optimizer } = useTrainingStore(useShallow((s) => ({ spec: s.spec, params: s.params, optimizer: s.optimizer })));
  const compile = useMemo(() => compileOptionsOf(config), [config]);
  return useMemo(() => {
    if (!isPlane(config.dataset)) return { error: 'The step-by-step walkthrough follows the 2-D datasets, where a sample is a point (x₁, x₂). Pick one of them to use it.' };
    if (!spec || !params) return { error: 'Waiting for the network…' };
    if (spec.inputs !== config.features.length) return { error: 'Waiting for the new network…' };
    try {
      return { model: buildLocalModel({ spec, params, optimizer, compile }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [spec, params, optimizer, compile, config.features.length, config.dataset]);
}

export function useWalkthroughData(): WalkthroughData {
  const config = usePlaygroundConfig();
  const built = useLocalModel(config);
  const data = useTrainingStore(selectData);
  const picked = useViewStore(selectPickedSample);
  const typed = useWalkthroughStore(selectTyped);
  const optimizer = useTrainingStore((s) => s.optimizer);
  const task = taskOf(config.dataset);

  const choice = useMemo(
    () => chooseSample(typed, picked, data, config.features, task, config.classes),
    [typed, picked, data, config.features, task, config.classes],
  );

  const traced = useMemo((): { trace: Trace } | { error: string } => {
    if ('error' in built) return built;
    if (!choice) return { error: 'Pick a point on the output plot, or type one.' };
    try {
      return { trace: built.model.trace(choice.sample.features, choice.sample.target) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [built, choice]);

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
    classes: task === 'multiclass' ? config.classes : task === 'binary' ? 2 : 0,
    features: config.features,
    featureLabels: config.features.map((f) => FEATURE_LABELS[f]),
    config,
  };
}
