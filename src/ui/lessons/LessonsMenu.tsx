// The header's Lessons menu: every lesson, each a link to its own address. The list (LessonsList.tsx)
// loads when the menu first opens, and opening it starts loading the lessons themselves.

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { selectLessonId, useLessonStore } from '../../state/lessonStore.ts';
import './lessons.css';

const LessonsList = lazy(() => import('./LessonsList.tsx').then((m) => ({ default: m.LessonsList })));
// Teachers only: loaded when one asks for it.
const TeachDialog = lazy(() => import('./teach/TeachDialog.tsx').then((m) => ({ default: m.TeachDialog })));

async function openFile(file: File | undefined): Promise<void> {
  if (!file) return;
  const { openTeacherFile } = await import('./teach/open.ts');
  await openTeacherFile(file);
}

export function LessonsMenu() {
  const [open, setOpen] = useState(false);
  const [teaching, setTeaching] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const current = useLessonStore(selectLessonId);
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    // A lesson is likely next: start fetching the lessons' content while the learner reads the list.
    void import('./run.ts');
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // Taken: the same Escape must not also leave Present mode.
        e.preventDefault();
        setOpen(false);
        ref.current?.querySelector('button')?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="lessons-menu" ref={ref}>
      <button type="button" className="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        Lessons <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <LessonsList id={id} current={current} onClose={() => setOpen(false)} onTeach={() => setTeaching(true)} onOpenFile={() => fileRef.current?.click()} />
        </Suspense>
      )}
      <input
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Lesson file"
        data-testid="lesson-file"
        onChange={(e) => {
          setOpen(false);
          void openFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {teaching && (
        <Suspense fallback={null}>
          <TeachDialog onClose={() => setTeaching(false)} />
        </Suspense>
      )}
    </div>
  );
}
