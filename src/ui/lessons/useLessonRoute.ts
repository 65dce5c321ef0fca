// Opens the lesson the address names, now and whenever a lesson link changes the hash.

import { useEffect } from 'react';
import { useLessonStore } from '../../state/lessonStore.ts';
import { lessonInAddress } from './route.ts';
import { openLesson } from './lessonIndex.ts';

export function useLessonRoute(): void {
  useEffect(() => {
    const follow = () => {
      const id = lessonInAddress();
      if (id !== null && id !== useLessonStore.getState().id) void openLesson(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
}
