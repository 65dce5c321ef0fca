// Which lesson is open, and at which stage. Null: the free playground.

import { create } from 'zustand';

export interface LessonState {
  id: string | null;
  stage: number;
  set(id: string | null, stage?: number): void;
}

export const useLessonStore = create<LessonState>()((set) => ({
  id: null,
  stage: 0,
  set: (id, stage = 0) => set({ id, stage }),
}));

export const selectLessonId = (s: LessonState) => s.id;
export const selectLessonStage = (s: LessonState) => s.stage;
