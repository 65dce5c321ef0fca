// A teacher-made lesson's steps, one after another: the ones done ticked, the current one with its
// task (and an answer box when it asks for a number), the rest still to come.

import { Icon } from '../app/Icon.tsx';
import { AnswerBox } from './AnswerBox.tsx';
import { RichText } from './RichText.tsx';
import type { Lesson, LessonContext } from './types.ts';
import { say } from './useLessonContext.ts';

export function TeacherSteps({ lesson, c, stepsDone }: { lesson: Lesson; c: LessonContext; stepsDone: number }) {
  const steps = lesson.steps ?? [];
  return (
    <ol className="lesson__steps" aria-label="Steps">
      {steps.map((step, i) => {
        const state = i < stepsDone ? 'done' : i === stepsDone ? 'current' : 'later';
        return (
          <li key={i} className={`lesson__step is-${state}`} data-testid={`lesson-step-${i + 1}`} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <p className="lesson__task" data-testid={state === 'current' ? 'lesson-task' : undefined}>
              {state === 'done' && (
                <span className="lesson__tick" role="img" aria-label="Done">
                  <Icon name="check" />
                </span>
              )}
              <RichText text={say(step.task, c)} />
            </p>
            {state === 'current' && step.answer && <AnswerBox answer={step.answer} step={i} c={c} />}
          </li>
        );
      })}
    </ol>
  );
}
