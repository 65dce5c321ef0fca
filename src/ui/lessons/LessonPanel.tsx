// One component for every lesson: its sentences, the one thing to do, whether it is done, and the
// lesson's extras (stages, samples, predictions, the Keras code), all from the lesson's data.

import { useMemo, useState } from 'react';
import { selectLatestMetrics, useTrainingStore } from '../../state/trainingStore.ts';
import { selectWalkthrough, useViewStore } from '../../state/viewStore.ts';
import { Icon } from '../app/Icon.tsx';
import { CLASS_COLORS } from '../colors.ts';
import { useLocalModel, usePlaygroundConfig, useWalkthroughData } from '../walkthrough/useWalkthrough.ts';
import { makeContext } from './context.ts';
import { kerasCode, type KerasSection } from './keras.ts';
import { selectLessonId, selectLessonStage, useLessonStore } from '../../state/lessonStore.ts';
import { LESSONS, lessonById } from './lessons.ts';
import type { Lesson, LessonContext, Text } from './types.ts';
import { lessonHref } from './route.ts';
import { applyStage, followSample, leaveLesson, startLesson, trainOnSamples } from './run.ts';
import { controlsFor, spotlight } from './spotlight.ts';
import './lessons.css';

function say(text: Text, c: LessonContext): string {
  return typeof text === 'string' ? text : text(c);
}

export function LessonPanel() {
  const id = useLessonStore(selectLessonId);
  const lesson = lessonById(id);
  if (!lesson) return null;
  return <LessonView key={lesson.id} lesson={lesson} />;
}

function useLessonContext(lesson: Lesson, stage: number): LessonContext {
  const config = usePlaygroundConfig();
  const built = useLocalModel(config);
  const walk = useWalkthroughData();
  const open = useViewStore(selectWalkthrough);
  const latest = useTrainingStore(selectLatestMetrics);
  const epoch = useTrainingStore((s) => s.epoch);
  const model = 'model' in built ? built.model : null;
  const trace = open && walk.ready ? walk.trace : null;
  const point = open && walk.ready ? walk.choice.sample.point : null;
  return useMemo(
    () =>
      makeContext(lesson, {
        stage,
        trace,
        point,
        model,
        epoch,
        valLoss: latest?.val_loss ?? NaN,
        valAccuracy: latest?.val_accuracy ?? NaN,
        trainAccuracy: latest?.accuracy ?? NaN,
      }),
    [lesson, stage, trace, point, model, epoch, latest],
  );
}

function LessonView({ lesson }: { lesson: Lesson }) {
  const stage = useLessonStore(selectLessonStage);
  const c = useLessonContext(lesson, stage);
  const index = LESSONS.indexOf(lesson);
  const next = LESSONS[index + 1];
  let done = false;
  try {
    done = lesson.done?.(c) ?? false;
  } catch {
    done = false;
  }
  return (
    <section className="lesson" aria-labelledby="lesson-title" data-testid="lesson">
      <div className="lesson__body">
        <h2 id="lesson-title">
          <span className="lesson__kicker">
            Lesson {index + 1} of {LESSONS.length}
          </span>{' '}
          {lesson.title}
        </h2>
        {lesson.intro.map((p, i) => (
          <p key={i} className="lesson__text">
            {say(p, c)}
          </p>
        ))}
        {lesson.notes?.map((note, i) => (
          <details key={i} className="lesson__note">
            <summary>{say(note.question, c)}</summary>
            <p className="lesson__text">{say(note.answer, c)}</p>
          </details>
        ))}
      </div>
      <div className="lesson__side">
        <p className="lesson__task" data-testid="lesson-task">
          {say(lesson.task, c)}
        </p>
        {lesson.stages.length > 1 && (
          <div className="segmented lesson__stages" role="group" aria-label="Setup">
            {lesson.stages.map((st, i) => (
              <button key={i} type="button" aria-pressed={stage === i} onClick={() => applyStage(lesson, i)}>
                {st.button ?? stageName(lesson, i)}
              </button>
            ))}
          </div>
        )}
        {lesson.panel === 'samples' && <SampleButtons lesson={lesson} c={c} />}
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

function SampleButtons({ lesson, c }: { lesson: Lesson; c: LessonContext }) {
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
function Predictions({ lesson, stage, c }: { lesson: Lesson; stage: number; c: LessonContext }) {
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

const WORDS: { section: KerasSection; word: string; what: string }[] = [
  { section: 'define', word: 'define', what: 'the layers: the network panel' },
  { section: 'compile', word: 'compile', what: 'optimizer, loss, metrics: the compile settings' },
  { section: 'fit', word: 'fit', what: 'epochs (Play), batch size (the fit settings), validation split (the data panel)' },
  { section: 'evaluate', word: 'evaluate', what: 'loss and accuracy on held-out data: the metrics and curves' },
];

/** Lesson 7: the four words, each pointing at its controls, and the code for the current setup. */
function KerasWorkflow() {
  const config = usePlaygroundConfig();
  const spec = useTrainingStore((s) => s.spec);
  const epoch = useTrainingStore((s) => s.epoch);
  const [active, setActive] = useState<KerasSection | null>(null);
  const lines = useMemo(() => (spec ? kerasCode(config, spec, epoch) : []), [config, spec, epoch]);
  return (
    <div className="lesson__keras">
      <ol className="lesson__words">
        {WORDS.map((w) => (
          <li key={w.section}>
            <button
              type="button"
              className={active === w.section ? 'lesson__word is-active' : 'lesson__word'}
              aria-pressed={active === w.section}
              onClick={() => {
                setActive(w.section);
                spotlight(controlsFor(w.section));
              }}
            >
              <code>{w.word}</code>
            </button>
            <span className="lesson__word-what">{w.what}</span>
          </li>
        ))}
      </ol>
      <pre className="lesson__code" data-testid="keras-code" aria-label="The Keras code for this setup">
        <code>
          {lines.map((l, i) => (
            <span key={i} className={active === l.section ? 'is-active' : undefined}>
              {l.text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}
