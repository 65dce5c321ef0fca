// The shapes of a lesson and of what its sentences may quote, apart from the lessons themselves so
// that the content (lessons.ts), the reference computations and the context can each import them.

import type { Model, Trace } from '../../engine/index.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import type { Decimals } from '../../state/walkthroughStore.ts';

/** Keras' getWeights() order and layout: kernel0 [inputs][units], bias0 [units], kernel1, bias1, ... */
export type KerasWeights = (number[][] | number[])[];

export interface LessonStage {
  /** The button that switches to this stage (stages after the first). */
  button?: string;
  /** Changes from the default setup. */
  config: Partial<PlaygroundConfig>;
  /** Exact weights, sent with setParams; without them the network starts from the seed. */
  weights?: KerasWeights;
}

export interface LessonSample {
  name: string;
  /** The raw point (x₁, x₂). */
  point: [number, number];
  /** Class, or the target value for regression. */
  label: number;
}

/** A paragraph, possibly with numbers computed from the lesson's setup or the live network. */
export type Text = string | ((c: LessonContext) => string);

export interface Lesson {
  id: string;
  title: string;
  /** One line for the menu. */
  summary: string;
  stages: LessonStage[];
  /** Samples the walkthrough can follow; it opens on the first. */
  samples: LessonSample[];
  /** Open the walkthrough on this step (a step key such as "neuron:0:0"); null keeps it closed. */
  walkthrough: { step: string; decimals?: Decimals } | null;
  intro: Text[];
  /** Asides, folded away until opened: a question and its answer. */
  notes?: { question: Text; answer: Text }[];
  /** The one thing the learner is asked to do. */
  task: Text;
  /** Has the learner done it? */
  done?: (c: LessonContext) => boolean;
  /** Said once it is done. */
  success?: Text;
  /** Extra content in the panel. */
  panel?: 'samples' | 'predictions' | 'keras';
}

/** Reads one trace the way lesson sentences need it. */
export interface TraceReader {
  z(layer: number, unit: number): number;
  a(layer: number, unit: number): number;
  output(j: number): number;
  /** This sample's loss (NaN without a target). */
  loss(): number;
  /** A neuron's sum written out: "2·22 + 7·0 = 44" (the bias only when it is not 0). */
  sum(layer: number, unit: number, decimals?: number): string;
}

export interface LiveState {
  stage: number;
  /** The walkthrough's trace of the sample it follows, if it is showing one. */
  trace: Trace | null;
  /** The raw point the walkthrough follows. */
  point: [number, number] | null;
  /** A main-thread copy of the worker's network. */
  model: Model | null;
  epoch: number;
  valLoss: number;
  valAccuracy: number;
  trainAccuracy: number;
}

export interface LessonContext {
  stage: number;
  /** A number as the walkthrough prints it (4 decimals unless told). */
  n(v: number, decimals?: number): string;
  /** "1.72, 1.23" */
  list(values: readonly number[], decimals?: number): string;
  /** Cut off, not rounded, after `decimals` decimals. */
  truncated(v: number, decimals: number): string;
  percent(v: number): string;
  sample(i: number): LessonSample;
  /** The weights into a neuron, as the stage sets them. */
  incoming(stage: number, layer: number, unit: number): number[];
  /** A neuron's bias, as the stage sets it. */
  bias(stage: number, layer: number, unit: number): number;
  /** The class a single sigmoid output says: 1 when p is at least 0.5. */
  says(p: number): number;
  /** The engine's trace of a stage's weights on one of the lesson's samples. */
  ref(stage: number, sample: number): TraceReader;
  /** The live trace the walkthrough shows, or null. */
  live(): TraceReader | null;
  /** Is the walkthrough following this lesson sample (by its point)? */
  following(sample: number): boolean;
  /** The live network on each lesson sample: its probability of class 1 and whether it is right. */
  predictions(): { p: number; predicted: number; correct: boolean }[];
  epoch(): number;
  valLoss(): number;
  /** Latest validation accuracy, NaN if none yet. */
  valAccuracy(): number;
  trainAccuracy(): number;
  /** A stage's setup: rows for training and held out, and the network's size. */
  setup(stage: number): { samples: number; train: number; validation: number; inputs: number; classes: number; params: number; layers: number[] };
}
