// Opens the lesson the address names, now and whenever a lesson link changes the hash: a built-in
// lesson by id (#lesson=…), or a teacher's lesson carried whole in the hash (#teach=…).

import { useEffect } from 'react';
import { useLessonStore } from '../../state/lessonStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { lessonInAddress, setLessonAddress, unknownLessonNotice } from './route.ts';
import { openLesson } from './openLesson.ts';

/** The teacher's lesson last opened from the address, so a hash change to another one opens it. */
let openedTeach: string | null = null;

async function openTeachLink(value: string): Promise<void> {
  const [{ decodeTeachLink }, { openTeacherLesson }] = await Promise.all([import('./teach/link.ts'), import('./teach/open.ts')]);
  await openTeacherLesson(await decodeTeachLink(value));
}

export function useLessonRoute(): void {
  useEffect(() => {
    const follow = () => {
      const teach = /^#teach=([^&]*)/.exec(location.hash)?.[1] ?? null;
      if (teach !== null) {
        if (teach !== openedTeach) {
          openedTeach = teach;
          void openTeachLink(teach);
        }
        return;
      }
      openedTeach = null;
      const id = lessonInAddress();
      if (id === null || id === useLessonStore.getState().id) return;
      void openLesson(id).then((opened) => {
        if (opened) return;
        // The address should not keep naming a lesson that is not open.
        setLessonAddress(null);
        const { title, items } = unknownLessonNotice(id);
        useViewStore.getState().addNotice(title, items);
      });
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}
