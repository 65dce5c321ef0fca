// One component for every lesson, built-in or teacher-made: its sentences, the one thing to do (or
// a teacher's steps), whether it is done, and the lesson's extras (stages, samples, predictions, a
// typed answer, the Keras code), all from the lesson's data.

import { useEffect } from 'react';
import { selectLessonId, selectLessonProgress, selectLessonStage, useLessonStore } from '../../state/lessonStore.ts';
import { Icon } from '../app/Icon.tsx';
import { AnswerBox } from './AnswerBox.tsx';
import { KerasWorkflow } from './KerasWorkflow.tsx';
import { Predictions, SampleButtons } from './LessonExtras.tsx';
import { LESSONS, lessonById } from './lessons.ts';
import { lessonHref } from './route.ts';
import { applyStage, leaveLesson, startLesson } from './run.ts';
import { RichText } from './RichText.tsx';
import { TeacherSteps } from './TeacherSteps.tsx';
import type { Lesson, LessonContext, Text } from './types.ts';
import { isDone, say, useLessonContext, useProgressTracking } from './useLessonContext.ts';
import './lessons.css';
import './lessonTasks.css';

export function LessonPanel() {
  const id = useLessonStore(selectLessonId);
  const lesson = lessonById(id);
  if (!lesson) return null;
  return <LessonView key={lesson.id} lesson={lesson} />;
}

function Paragraph({ text, c, teacher }: { text: Text; c: LessonContext; teacher: boolean }) {
  const said = say(text, c);
  return <p className="lesson__text">{teacher ? <RichText text={said} /> : said}</p>;
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const stage = useLessonStore(selectLessonStage);
  const progress = useLessonStore(selectLessonProgress);
  const c = useLessonContext(lesson, stage);
  useProgressTracking();
  const teacher = lesson.teacher === true;
  const index = LESSONS.indexOf(lesson);
  const next = teacher ? undefined : LESSONS[index + 1];
  // A teacher's steps come one after another: each one met stays met.
  const stepsDone = progress.stepsDone;
  const current = lesson.steps?.[stepsDone];
  const currentDone = current ? isDone(current, c) : false;
  const done = lesson.steps ? stepsDone >= lesson.steps.length : isDone(lesson, c);
  useEffect(() => {
    if (current && currentDone) useLessonStore.getState().setStepsDone(stepsDone + 1);
  }, [current, currentDone, stepsDone]);
  // A typed answer shows its working only once the learner has answered.
  const answered = c.answer() !== null;
  return (
    <section className="lesson" aria-labelledby="lesson-title" data-testid="lesson">
      <div className="lesson__body">
        <h2 id="lesson-title">
          <span className="lesson__kicker">{teacher ? 'From your teacher' : `Lesson ${index + 1} of ${LESSONS.length}`}</span> {lesson.title}
        </h2>
        {lesson.intro.map((p, i) => (
          <Paragraph key={i} text={p} c={c} teacher={teacher} />
        ))}
        {lesson.notes?.map((note, i) => (
          <details key={i} className="lesson__note">
            <summary>{say(note.question, c)}</summary>
            <p className="lesson__text">{say(note.answer, c)}</p>
          </details>
        ))}
      </div>
      <div className="lesson__side">
        {lesson.steps ? (
          <TeacherSteps lesson={lesson} c={c} stepsDone={stepsDone} />
        ) : (
          <>
            <p className="lesson__task" data-testid="lesson-task">
              {say(lesson.task, c)}
            </p>
            {lesson.answer && <AnswerBox answer={lesson.answer} step={0} c={c} />}
          </>
        )}
        {lesson.stages.length > 1 && (
          <div className="segmented lesson__stages" role="group" aria-label="Setup">
            {lesson.stages.map((st, i) => (
              <button key={i} type="button" aria-pressed={stage === i} onClick={() => applyStage(lesson, i)}>
                {st.button ?? stageName(lesson, i)}
              </button>
            ))}
          </div>
        )}
        {lesson.panel === 'samples' && (!lesson.answer || answered) && <SampleButtons lesson={lesson} c={c} />}
        {lesson.panel === 'predictions' && <Predictions lesson={lesson} stage={stage} c={c} />}
        {done && lesson.success && (
          <p className="lesson__done" role="status" data-testid="lesson-done">
            <Icon name="check" /> <span>{say(lesson.success, c)}</span>
          </p>
        )}
      </div>
      <div className="lesson__nav">
        <button type="button" className="button small" onClick={() => startLesson(lesson.id)} title="Set this lesson up again from the start">
          <Icon name="reset" /> Start over
        </button>
        {next && (
          <a className="button small" href={lessonHref(next.id)} title={`Lesson ${index + 2}: ${next.title}`}>
            Next: {next.title} ›
          </a>
        )}
        <button type="button" className="button small" onClick={leaveLesson}>
          Back to the playground
        </button>
      </div>
      {lesson.panel === 'keras' && <KerasWorkflow />}
    </section>
  );
}

/** A stage without a button label is named after what it starts with. */
function stageName(lesson: Lesson, i: number): string {
  const hidden = lesson.stages[i].config.hidden;
  if (!hidden) return `Setup ${i + 1}`;
  if (hidden.length === 0) return 'No hidden layer';
  return hidden.map((l) => `${l.units} ${l.activation === 'relu' ? 'ReLU' : l.activation}`).join(', ');
}
