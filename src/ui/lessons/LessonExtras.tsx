// What some lessons add under their task: buttons to follow their samples, and the live predictions
// on them with a way to take many steps at once.

import { useState } from 'react';
import { CLASS_COLORS } from '../colors.ts';
import type { Lesson, LessonContext } from './types.ts';
import { followSample, trainOnSamples } from './run.ts';

export function SampleButtons({ lesson, c }: { lesson: Lesson; c: LessonContext }) {
  return (
    <div className="lesson__samples" role="group" aria-label="Samples">
      {lesson.samples.map((s, i) => (
        <button key={i} type="button" className="button" aria-pressed={c.following(i)} onClick={() => followSample(lesson, i)}>
          Follow ({c.list(s.point)})
        </button>
      ))}
    </div>
  );
}

/** Lesson 4: both samples' current predictions, live, and a way to take many steps at once. */
export function Predictions({ lesson, stage, c }: { lesson: Lesson; stage: number; c: LessonContext }) {
  const predictions = c.predictions();
  const [sent, setSent] = useState(0);
  const ROUNDS = 50;
  return (
    <div className="lesson__predictions">
      <ul className="lesson__rows" data-testid="lesson-predictions" aria-label="The network on each sample">
        {lesson.samples.map((s, i) => {
          const p = predictions[i];
          return (
            <li key={s.name} data-testid={`lesson-sample-${s.name}`}>
              <span className="lesson__sample">
                <strong>{s.name}</strong> = ({c.list(s.point)}), class <span className="lesson__swatch" style={{ background: CLASS_COLORS[s.label] }} aria-hidden="true" />{' '}
                {s.label}
              </span>
              <button type="button" className="button small" aria-pressed={c.following(i)} onClick={() => followSample(lesson, i)}>
                Follow {s.name}
              </button>
              <span className="lesson__pred tabular">
                p = {p ? c.n(p.p, 7) : '…'}
                {p && (
                  <>
                    , says class {p.predicted}: <span className={p.correct ? 'is-right' : 'is-wrong'}>{p.correct ? 'right' : 'wrong'}</span>
                  </>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="lesson__bulk">
        <button
          type="button"
          className="button small"
          onClick={() => {
            trainOnSamples(lesson, stage, ROUNDS);
            setSent((n) => n + ROUNDS * lesson.samples.length);
          }}
        >
          Apply {ROUNDS * lesson.samples.length} updates, {lesson.samples.map((s) => s.name).join(' and ')} in turn
        </button>
        {sent > 0 && <span className="muted">{sent} applied from here so far</span>}
      </div>
    </div>
  );
}
