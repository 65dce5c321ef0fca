// The Lessons menu's list: every lesson by its index, each a link to its own address, and the teacher's two actions.

import { LESSON_INDEX } from './lessonIndex.ts';
import { openLesson } from './openLesson.ts';
import { lessonHref } from './route.ts';

interface LessonsListProps {
  id: string;
  /** The lesson open now, if any. */
  current: string | null;
  onClose(): void;
  onTeach(): void;
  onOpenFile(): void;
}

export function LessonsList({ id, current, onClose, onTeach, onOpenFile }: LessonsListProps) {
  return (
    <nav className="lessons-menu__list" id={id} aria-label="Lessons">
      <ol>
        {LESSON_INDEX.map((l, i) => (
          <li key={l.id}>
            <a
              href={lessonHref(l.id)}
              aria-current={current === l.id ? 'page' : undefined}
              onClick={(e) => {
                onClose();
                // The same lesson again: the hash does not change, so start it over here.
                if (current === l.id) {
                  e.preventDefault();
                  void openLesson(l.id);
                }
              }}
            >
              <span className="lessons-menu__n">{i + 1}</span>
              <span>
                <strong>{l.title}</strong>
                <span className="lessons-menu__summary">{l.summary}</span>
              </span>
            </a>
          </li>
        ))}
      </ol>
      <div className="lessons-menu__teach">
        <button
          type="button"
          className="button small"
          onClick={() => {
            onClose();
            onTeach();
          }}
        >
          Make a lesson from this…
        </button>
        <button type="button" className="button small" onClick={onOpenFile}>
          Open a lesson file…
        </button>
      </div>
    </nav>
  );
}
