// Opens the lesson the address names, now and whenever a lesson link changes the hash.

import { useEffect } from 'react';
import { useLessonStore } from '../../state/lessonStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { lessonInAddress, setLessonAddress, unknownLessonNotice } from './route.ts';
import { startLesson } from './run.ts';

export function useLessonRoute(): void {
  useEffect(() => {
    const follow = () => {
      const id = lessonInAddress();
      if (id === null || id === useLessonStore.getState().id) return;
      if (startLesson(id)) return;
      // The address should not keep naming a lesson that is not open.
      setLessonAddress(null);
      const { title, items } = unknownLessonNotice(id);
      useViewStore.getState().addNotice(title, items);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}
