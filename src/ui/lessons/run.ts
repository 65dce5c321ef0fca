// Starting a lesson, switching its stage, and leaving it for the free playground.

import { configOf, useConfigStore } from '../../state/configStore.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { pause, reset, setParams, trainSamples } from '../../state/session.ts';
import { useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { useLockStore } from '../../state/lockStore.ts';
import { closeWalkthrough, followTyped, openWalkthrough } from '../walkthrough/actions.ts';
import { useLessonStore } from '../../state/lessonStore.ts';
import { flattenWeights, lessonById } from './lessons.ts';
import type { Lesson } from './types.ts';
import { lessonSample, stageConfig } from './reference.ts';
import { setLessonAddress } from './route.ts';

/**
 * Sets up a stage: its setup and exact weights (else the seed's), training paused, from epoch 0 with
 * empty curves, as its texts describe it; a lesson that keeps the learner's setup only pauses.
 */
export function applyStage(lesson: Lesson, stage: number): void {
  const lessons = useLessonStore.getState();
  const switching = lessons.id === lesson.id && lessons.stage !== stage;
  lessons.set(lesson.id, stage);
  if (!lesson.keepsSetup) useConfigStore.getState().replaceConfig(stageConfig(lesson, stage));
  pause();
  // Lessons carry a setup and perhaps weights, never training: what the model before had learnt, its epochs and curves go.
  if (!lesson.keepsSetup) reset();
  const weights = lesson.keepsSetup ? undefined : lesson.stages[stage].weights;
  // reset and setParams go out after the new setup (the session sends a pending setup first), so they land on the new model.
  if (weights) setParams(flattenWeights(weights));
  useLessonStore.getState().setBaseline(configOf(useConfigStore.getState()));
  const walk = useWalkthroughStore.getState();
  walk.setUpdate(null);
  // Another stage is walked through again from the lesson's first step, so its check sees the learner step.
  if (switching && lesson.walkthrough) walk.setStep(lesson.walkthrough.step);
}

const SETTING_NAMES: Partial<Record<keyof PlaygroundConfig, string>> = {
  dataset: 'the data',
  noise: 'the noise',
  validationSplit: 'the validation split',
  samples: 'the number of samples',
  classes: 'the number of classes',
  features: 'the features',
  hidden: 'the hidden layers',
  loss: 'the loss',
  optimizer: 'the optimizer',
  learningRate: 'the learning rate',
  momentum: 'the momentum',
  batchSize: 'the batch size',
  regularization: 'the regularization',
  regularizationRate: 'the regularization rate',
  initializer: 'the initializer',
  seed: 'the seed',
};

/** The settings that differ between two setups, in a learner's words. */
export function changedSettings(before: PlaygroundConfig | null, now: PlaygroundConfig): string[] {
  if (!before) return [];
  return (Object.keys(SETTING_NAMES) as (keyof PlaygroundConfig)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k])).map((k) => SETTING_NAMES[k]!);
}

/** Opens a lesson: its setup and weights, the walkthrough on its first sample, its address. */
export function startLesson(id: string): boolean {
  const lesson = lessonById(id);
  if (!lesson) return false;
  useLockStore.getState().setLocks(lesson.locks?.locked ?? [], lesson.locks?.hidden ?? []);
  applyStage(lesson, 0);
  if (lesson.walkthrough) {
    const first = lesson.samples[0];
    openWalkthrough({ typed: first ? { point: [...first.point], label: first.label } : null, step: lesson.walkthrough.step });
    if (lesson.walkthrough.decimals) useWalkthroughStore.getState().setDecimals(lesson.walkthrough.decimals);
  } else {
    closeWalkthrough();
  }
  // A teacher's lesson keeps the link it came by in the address (see useLessonRoute); built-ins get theirs.
  if (!lesson.teacher) setLessonAddress(id);
  return true;
}

/** Back to the free playground; the setup stays as the lesson left it. */
export function leaveLesson(): void {
  useLessonStore.getState().set(null);
  useLockStore.getState().clear();
  setLessonAddress(null);
}

/** The walkthrough follows one of the lesson's samples. */
export function followSample(lesson: Lesson, index: number): void {
  const s = lesson.samples[index];
  if (s) followTyped({ point: [...s.point], label: s.label });
}

/** Many updates at once, taking the lesson's samples in turn (one optimiser step each). */
export function trainOnSamples(lesson: Lesson, stage: number, rounds: number): void {
  const samples = lesson.samples.map((s) => lessonSample(lesson, stage, s));
  trainSamples(
    samples.map((s) => ({ x: s.features, y: s.target })),
    rounds,
  );
  useWalkthroughStore.getState().setUpdate(null);
}
