// The shapes of a lesson and of what its sentences may quote, apart from the lessons themselves so
// that the content (lessons.ts), the reference computations and the context can each import them.

import type { Model, Trace } from '../../engine/index.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import type { ControlId, PanelId } from '../../state/lockStore.ts';
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

/** A question the learner answers by typing a number into the lesson panel. */
export interface LessonAnswer {
  /** The input's label: what is asked for. */
  label: string;
  /** The right answer, computed like every other number in the lesson. */
  value(c: LessonContext): number;
  /** How far off still counts as right (0: exactly). */
  tolerance: number;
  /** Said after a wrong answer: where to look, without giving it away. */
  hint: Text;
}

/** One step of a teacher-made lesson: what to do and how the page tells that it is done. */
export interface LessonStep {
  task: Text;
  done(c: LessonContext): boolean;
  /** The step asks for a typed answer. */
  answer?: LessonAnswer;
}

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
  /** Has the learner done it? Each lesson says what doing its task means, and checks exactly that. */
  done: (c: LessonContext) => boolean;
  /** The task asks for a typed answer: the panel shows an input for it (done then checks it). */
  answer?: LessonAnswer;
  /** Teacher-made lessons: several steps in order (task and done then describe the current one). */
  steps?: LessonStep[];
  /** Keep the learner's own setup instead of the stage's (the Keras lesson shows the code for it). */
  keepsSetup?: boolean;
  /** Said once it is done. */
  success?: Text;
  /** Extra content in the panel. */
  panel?: 'samples' | 'predictions' | 'keras';
  /** A teacher-made lesson, from a link or a file (not one of the built-in ones). */
  teacher?: boolean;
  /** What the teacher locked and hid while the lesson is open. */
  locks?: { locked: readonly ControlId[]; hidden: readonly PanelId[] };
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
  /** The walkthrough's current step (a step key), null while it is closed. */
  step: string | null;
  /** Every step key of the walkthrough, in order. */
  steps: readonly string[];
  /** The learner's typed answers, by step. */
  answers: Readonly<Record<number, number>>;
  /** Settings the learner changed since the lesson set them up (config keys). */
  changed: readonly string[];
  trainedSinceChange: boolean;
  /** The setup on the page now. */
  config: PlaygroundConfig;
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
  /** Is the walkthrough at this step (a step key) or past it? */
  reached(step: string): boolean;
  /** The number the learner typed for a step (0: a built-in lesson's one question), null if none yet. */
  answer(step?: number): number | null;
  /** Settings changed since the lesson set them up. */
  changed(): readonly string[];
  /** Has an epoch of training passed since the last change? */
  trainedSinceChange(): boolean;
  /** The setup on the page now. */
  config(): PlaygroundConfig;
  valLoss(): number;
  /** Latest validation accuracy, NaN if none yet. */
  valAccuracy(): number;
  trainAccuracy(): number;
  /** A stage's setup: rows for training and held out, the classes in the data (0: regression) and the network's size. */
  setup(stage: number): { samples: number; train: number; validation: number; inputs: number; classes: number; params: number; layers: number[] };
}
