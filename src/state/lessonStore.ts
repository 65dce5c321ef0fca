// Which lesson is open, at which stage, and what the learner has done in it so far (what its check
// reads). Null: the free playground.

import { create } from 'zustand';
import type { PlaygroundConfig } from '../setup/config.ts';

export interface LessonProgress {
  /** The setup as the lesson (or its stage) left it, to tell what the learner has changed since. */
  baseline: PlaygroundConfig | null;
  /** Has an epoch of training passed since the learner last changed the setup? */
  trainedSinceChange: boolean;
  /** Answers the learner typed, by the index of the step that asked (0 for a built-in lesson). */
  answers: Record<number, number>;
  /** Steps of a teacher-made lesson already done, in order. */
  stepsDone: number;
}

const FRESH: LessonProgress = { baseline: null, trainedSinceChange: false, answers: {}, stepsDone: 0 };

export interface LessonState {
  id: string | null;
  stage: number;
  progress: LessonProgress;
  /** Opens a lesson (or its stage) and forgets what was done before it. */
  set(id: string | null, stage?: number): void;
  setBaseline(config: PlaygroundConfig): void;
  /** The learner changed the setup: training from here on counts, what came before does not. */
  noteChange(): void;
  noteTrained(): void;
  setAnswer(step: number, value: number): void;
  setStepsDone(count: number): void;
}

export const useLessonStore = create<LessonState>()((set) => ({
  id: null,
  stage: 0,
  progress: FRESH,
  set: (id, stage = 0) => set({ id, stage, progress: FRESH }),
  setBaseline: (baseline) => set((s) => ({ progress: { ...s.progress, baseline, trainedSinceChange: false } })),
  noteChange: () => set((s) => (s.progress.trainedSinceChange ? { progress: { ...s.progress, trainedSinceChange: false } } : s)),
  noteTrained: () => set((s) => (s.progress.trainedSinceChange ? s : { progress: { ...s.progress, trainedSinceChange: true } })),
  setAnswer: (step, value) => set((s) => ({ progress: { ...s.progress, answers: { ...s.progress.answers, [step]: value } } })),
  setStepsDone: (stepsDone) => set((s) => ({ progress: { ...s.progress, stepsDone } })),
}));

export const selectLessonId = (s: LessonState) => s.id;
export const selectLessonStage = (s: LessonState) => s.stage;
export const selectLessonProgress = (s: LessonState) => s.progress;
