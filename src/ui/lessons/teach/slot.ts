// The teacher's lesson open now: one at a time, held here so lessonById finds it like a built-in one.

import type { Lesson } from '../types.ts';

export const TEACHER_LESSON_ID = 'from-your-teacher';

let current: Lesson | null = null;

export function setTeacherLesson(lesson: Lesson): void {
  current = lesson;
}

/** The teacher's lesson open now (one at a time), if any. */
export function teacherLesson(): Lesson | null {
  return current;
}
