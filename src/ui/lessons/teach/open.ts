// Opening a teacher's lesson from a link or a file: all of it checked first, then set up at once,
// locks and all; or a message, and nothing on the page changes.

import { useViewStore } from '../../../state/viewStore.ts';
import { parseTeachJson, type TeachResult } from './format.ts';
import { lessonOfDoc } from './lesson.ts';
import { setTeacherLesson, TEACHER_LESSON_ID } from './slot.ts';

/** Opens a checked lesson: its setup, weights and locks at once. */
export async function openTeacherLesson(result: TeachResult): Promise<boolean> {
  if (!result.ok) {
    useViewStore.getState().addNotice('This lesson could not be opened', [result.message]);
    return false;
  }
  setTeacherLesson(lessonOfDoc(result.doc, result.config));
  const { startLesson } = await import('../run.ts');
  return startLesson(TEACHER_LESSON_ID);
}

/** A lesson file the learner chose: read, checked, then opened (or a message, and nothing changes). */
export async function openTeacherFile(file: File): Promise<boolean> {
  if (file.size > 8_000_000) return openTeacherLesson({ ok: false, message: `${file.name} is far larger than any lesson: it is not a Layerlab lesson.` });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return openTeacherLesson({ ok: false, message: `${file.name} could not be read.` });
  }
  return openTeacherLesson(parseTeachJson(text));
}
