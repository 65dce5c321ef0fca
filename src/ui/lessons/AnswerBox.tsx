// A typed answer: the learner works the number out, types it and presses Check; the panel says
// whether it is right (the working follows in the lesson), or where to look again.

import { useId, useState, type FormEvent } from 'react';
import { useLessonStore } from '../../state/lessonStore.ts';
import { parseNumber } from '../network/parseNumber.ts';
import { formatNumber } from '../format.ts';
import type { LessonAnswer, LessonContext } from './types.ts';
import { say } from './useLessonContext.ts';

/** Right when within the tolerance of the lesson's own number. */
export function answerIsRight(answer: LessonAnswer, typed: number | null, c: LessonContext): boolean {
  return typed !== null && Math.abs(typed - answer.value(c)) <= answer.tolerance;
}

export function AnswerBox({ answer, step, c }: { answer: LessonAnswer; step: number; c: LessonContext }) {
  const typed = c.answer(step);
  const [text, setText] = useState(typed === null ? '' : String(typed));
  const [error, setError] = useState('');
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseNumber(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError('');
    useLessonStore.getState().setAnswer(step, parsed.value);
  };
  const right = answerIsRight(answer, typed, c);
  return (
    <form className="lesson__answer" onSubmit={submit} data-testid="lesson-answer">
      <label htmlFor={id}>{answer.label}</label>
      <input id={id} value={text} onChange={(e) => setText(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" />
      <button type="submit" className="button small primary">
        Check
      </button>
      {error && (
        <p className="lesson__verdict is-wrong" role="alert">
          {error}
        </p>
      )}
      {!error && typed !== null && (
        <p className={`lesson__verdict ${right ? 'is-right' : 'is-wrong'}`} role="status" data-testid="answer-verdict">
          {right ? `${formatNumber(typed, 4)} is right.` : `${formatNumber(typed, 4)}: ${say(answer.hint, c)}`}
        </p>
      )}
    </form>
  );
}
