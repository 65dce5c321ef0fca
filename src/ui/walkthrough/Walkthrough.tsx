// The step-by-step panel: one sample through the network, neuron by neuron, then back again, with
// the real numbers. It follows the worker's network (weights and optimiser memory from the latest
// frame), so "Apply this update" lands exactly where the update step said it would.

import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ModelSpec, Trace } from '../../engine/index.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import {
  PLAY_INTERVAL_MS,
  selectDecimals,
  selectStep,
  selectUpdate,
  selectWalkPlaying,
  selectWalkSpeed,
  useWalkthroughStore,
  type PlaySpeed,
} from '../../state/walkthroughStore.ts';
import { parseNumber } from '../network/parseNumber.ts';
import { Icon } from '../app/Icon.tsx';
import { CLASS_COLORS } from '../colors.ts';
import { applyUpdate, closeWalkthrough, followRow, followTyped } from './actions.ts';
import { Num, getRestingTarget, setRestingTarget, useFormat } from './bits.tsx';
import { formatNumber } from '../format.ts';
import { DECIMAL_CHOICES, type Decimals } from '../../state/walkthroughStore.ts';
import { StepBody } from './Steps.tsx';
import { useWalkthroughData, type WalkthroughData } from './useWalkthrough.ts';
import { changedParams, firstBackwardIndex, predictionOf, stepKey, stepTarget, stepTitle, stepsOf, type Step } from './viewModel.ts';
import './walkthrough.css';

type Ready = Extract<WalkthroughData, { ready: true }>;

const SPEED_LABELS: Record<PlaySpeed, string> = { slow: 'Slow', medium: 'Medium', fast: 'Fast' };

function shapeKey(spec: ModelSpec): string {
  return `${spec.inputs}|${spec.layers.map((l) => `${l.units}${l.activation}`).join(',')}`;
}

export function Walkthrough() {
  const data = useWalkthroughData();
  const key = useWalkthroughStore(selectStep);
  const playing = useWalkthroughStore(selectWalkPlaying);
  const speed = useWalkthroughStore(selectWalkSpeed);
  const shape = data.ready ? shapeKey(data.spec) : '';
  const steps = useMemo(() => (data.ready ? stepsOf(data.spec) : []), [shape]);
  const found = steps.findIndex((s) => stepKey(s) === key);
  const index = Math.max(0, found);
  const step: Step | undefined = steps[index];

  const go = (i: number) => {
    const next = steps[Math.max(0, Math.min(steps.length - 1, i))];
    if (next) useWalkthroughStore.getState().setStep(stepKey(next));
  };

  // The graph shows the step's neuron (and the connections it uses) unless something more specific is hovered.
  const target = data.ready && step ? stepTarget(step, data.spec) : null;
  const targetKey = JSON.stringify(target);
  useEffect(() => {
    setRestingTarget(target);
  }, [targetKey]);
  useEffect(
    () =>
      useViewStore.subscribe((s) => {
        // The graph clears the highlight when the pointer leaves it: the step's own comes back.
        if (s.highlight === null && getRestingTarget() !== null) s.setHighlight(getRestingTarget());
      }),
    [],
  );
  useEffect(() => () => setRestingTarget(null), []);

  // ← and → walk the steps (and no longer step training while the panel is open).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const t = e.target;
      if (t instanceof HTMLElement && (t.isContentEditable || t.closest('input, select, textarea, [role="tablist"]'))) return;
      e.preventDefault();
      useWalkthroughStore.getState().setPlaying(false);
      go(index + (e.key === 'ArrowRight' ? 1 : -1));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Play: one step every so often, stopping at the end. (Only these change the timer: new frames must not restart it.)
  const last = steps.length - 1;
  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      useWalkthroughStore.getState().setPlaying(false);
      return;
    }
    const timer = setTimeout(() => useWalkthroughStore.getState().setStep(stepKey(steps[index + 1])), PLAY_INTERVAL_MS[speed]);
    return () => clearTimeout(timer);
  }, [playing, index, last, speed, steps]);

  const backwardAt = firstBackwardIndex(steps);
  const mode = step?.mode ?? 'forward';
  const modeSteps = steps.filter((s) => s.mode === mode).length;
  const modeIndex = mode === 'forward' ? index : index - backwardAt;

  return (
    <section className="panel walkthrough" aria-labelledby="walk-heading" data-testid="walkthrough">
      <div className="walk-head">
        <h2 id="walk-heading">Step by step</h2>
        <div className="segmented" role="group" aria-label="Pass">
          <button type="button" aria-pressed={mode === 'forward'} onClick={() => go(0)}>
            Forward
          </button>
          <button type="button" aria-pressed={mode === 'backward'} onClick={() => go(backwardAt)} disabled={backwardAt < 0}>
            Backward
          </button>
        </div>
        <button type="button" className="icon-button walk-close" aria-label="Close step by step" title="Close" onClick={closeWalkthrough}>
          <Icon name="close" />
        </button>
      </div>

      {data.ready ? <SampleBar data={data} /> : <p className="walk-waiting">{data.reason}</p>}

      <div className="walk-nav">
        <div className="walk-nav__buttons">
          <button type="button" className="icon-button" aria-label="Previous step" title="Previous step (←)" disabled={index <= 0} onClick={() => go(index - 1)}>
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="button walk-play"
            aria-label={playing ? 'Pause the steps' : 'Play the steps'}
            onClick={() => {
              if (!playing && index >= steps.length - 1) go(0);
              useWalkthroughStore.getState().setPlaying(!playing);
            }}
          >
            <Icon name={playing ? 'pause' : 'play'} />
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" className="icon-button" aria-label="Next step" title="Next step (→)" disabled={index >= steps.length - 1} onClick={() => go(index + 1)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        <label className="walk-speed">
          <span className="walk-speed__label">Speed</span>
          <select value={speed} onChange={(e) => useWalkthroughStore.getState().setSpeed(e.target.value as PlaySpeed)} aria-label="Play speed">
            {Object.entries(SPEED_LABELS).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <DecimalsControl />
      </div>

      {data.ready && step && (
        <article className="walk-step" data-testid="walk-step" data-step={stepKey(step)}>
          <header className="walk-step__head" aria-live="polite">
            <span className="walk-step__count">
              {mode === 'forward' ? 'Forward' : 'Backward'} · {modeIndex + 1} of {modeSteps}
            </span>
            <h3 data-testid="step-title">{stepTitle(step, data.spec)}</h3>
          </header>
          <StepBody step={step} data={data} />
        </article>
      )}

      {data.ready && step && <Trail data={data} step={step} />}
      {data.ready && step && (step.mode === 'backward' || step.kind === 'loss') && <ApplyBar data={data} />}
    </section>
  );
}

function DecimalsControl() {
  const decimals = useWalkthroughStore(selectDecimals);
  return (
    <div className="walk-decimals" role="group" aria-label="Decimals">
      <span className="walk-decimals__label" aria-hidden="true">
        Decimals
      </span>
      <div className="segmented segmented--small">
        {DECIMAL_CHOICES.map((d: Decimals) => (
          <button key={d} type="button" aria-pressed={decimals === d} aria-label={`${d} decimals`} data-testid={`decimals-${d}`} onClick={() => useWalkthroughStore.getState().setDecimals(d)}>
            {d}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Which sample, and fields to type another (a plane) or buttons to pick another row (a table). */
function SampleBar({ data }: { data: Ready }) {
  const { choice } = data;
  if (choice.origin.kind === 'row') return <RowPicker key={choice.id} data={data} index={choice.origin.index} count={choice.origin.count} drawn={choice.origin.drawn} />;
  const set = choice.origin.kind === 'picked' ? choice.origin.set : 'train';
  return (
    <div className="walk-sample">
      <SampleForm key={choice.id} data={data} />
      <p className="walk-sample__origin muted">
        {choice.origin.kind === 'typed'
          ? 'Typed in: change a number and press Use, or click a point on the output plot.'
          : `${set === 'train' ? 'Training' : 'Validation'} point ${choice.origin.index + 1}: click another on the output plot, or type one.`}
      </p>
    </div>
  );
}

/** A table: which validation row (or test digit) the walkthrough follows, and buttons to pick another. */
function RowPicker({ data, index, count, drawn }: { data: Ready; index: number; count: number; drawn: boolean }) {
  const digits = data.table?.digits ?? false;
  const noun = digits ? 'test digit' : 'validation row';
  const [text, setText] = useState(String(index + 1));
  const go = (i: number) => followRow(Math.max(0, Math.min(count - 1, i)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(text.trim());
    if (Number.isInteger(n) && n >= 1 && n <= count) go(n - 1);
    else setText(String(index + 1));
  };
  return (
    <div className="walk-sample">
      <form className="walk-sample__form walk-row" onSubmit={submit} data-testid="row-picker">
        <span className="walk-sample__label">Sample</span>
        <button type="button" className="button small" onClick={() => go(index - 1)} disabled={index <= 0} aria-label={digits ? 'Previous digit' : 'Previous row'}>
          ‹ Previous
        </button>
        <label>
          <span>{digits ? 'Test digit' : 'Validation row'}</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={submit}
            inputMode="numeric"
            spellCheck={false}
            autoComplete="off"
            aria-label={digits ? 'Test digit number' : 'Validation row number'}
            data-testid="row-number"
            className="walk-row__number"
          />
          <span className="muted">of {count.toLocaleString('en')}</span>
        </label>
        <button type="button" className="button small" onClick={() => go(index + 1)} disabled={index >= count - 1} aria-label={digits ? 'Next digit' : 'Next row'}>
          Next ›
        </button>
      </form>
      <p className="walk-sample__origin muted">
        {drawn
          ? `The walkthrough follows ${noun} ${index + 1}, not the digit you drew: it needs a label to compare with.`
          : digits
            ? `Test digit ${index + 1}, labelled ${data.classNames?.[data.choice.sample.label] ?? data.choice.sample.label}: pick another here, or click one under Mistakes.`
            : `${noun[0].toUpperCase()}${noun.slice(1)} ${index + 1}, as the network sees it: pick another here.`}
      </p>
    </div>
  );
}

/** A sample's value in a field: short enough to read, and kept exact unless the learner retypes it. */
const fieldText = (v: number) => formatNumber(v, 7).replace('\u2212', '-');

function SampleForm({ data }: { data: Ready }) {
  const { sample } = data.choice;
  const point = sample.point ?? [0, 0];
  const initial = [fieldText(point[0]), fieldText(point[1]), String(sample.label)];
  const exact = [point[0], point[1], sample.label];
  const [x1, setX1] = useState(initial[0]);
  const [x2, setX2] = useState(initial[1]);
  const [target, setTarget] = useState(initial[2]);
  const [error, setError] = useState('');
  const submit = (e?: FormEvent, label = target) => {
    e?.preventDefault();
    const texts = [x1, x2, label];
    const values = texts.map((t) => parseNumber(t));
    const bad = values.findIndex((v) => !v.ok);
    if (bad >= 0) {
      setError(`${['x₁', 'x₂', 'Target'][bad]}: ${(values[bad] as { message: string }).message}`);
      return;
    }
    const [a, b, y] = values.map((v, i) => (texts[i].trim() === initial[i] ? exact[i] : (v as { value: number }).value));
    setError('');
    followTyped({ point: [a, b], label: y });
  };
  const classes = data.task === 'regression' ? 0 : data.classes;
  return (
    <form className="walk-sample__form" onSubmit={submit}>
      <span className="walk-sample__label">Sample</span>
      <label>
        <span>x₁</span>
        <input value={x1} onChange={(e) => setX1(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" aria-label="Sample x₁" data-testid="sample-x1" />
      </label>
      <label>
        <span>x₂</span>
        <input value={x2} onChange={(e) => setX2(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" aria-label="Sample x₂" data-testid="sample-x2" />
      </label>
      <label>
        <span>target</span>
        {classes > 0 ? (
          <select
            value={target}
            aria-label="Sample target class"
            data-testid="sample-target"
            onChange={(e) => {
              setTarget(e.target.value);
              submit(undefined, e.target.value);
            }}
          >
            {Array.from({ length: classes }, (_, k) => (
              <option key={k} value={String(k)}>
                class {k}
              </option>
            ))}
          </select>
        ) : (
          <input value={target} onChange={(e) => setTarget(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" aria-label="Sample target value" data-testid="sample-target" />
        )}
      </label>
      <button type="submit" className="button">
        Use
      </button>
      {error && (
        <p className="walk-sample__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Every layer's outputs, filled in as the forward pass reaches them. */
function Trail({ data, step }: { data: Ready; step: Step }) {
  const { trace, spec } = data;
  const reached = (l: number, j: number): boolean => {
    if (step.kind === 'input') return false;
    if (step.kind === 'neuron') return l < step.layer || (l === step.layer && j <= step.unit && spec.layers[l].activation !== 'softmax');
    if (step.kind === 'softmax') return l <= step.layer;
    return true;
  };
  const MAX = 6;
  return (
    <ol className="walk-trail" aria-label="Layer outputs so far" data-testid="trail">
      <li>
        <span className="walk-trail__name">in</span>
        <Values values={trace.forward.input} shown={() => true} max={MAX} testId="trail-input" />
      </li>
      {trace.forward.layers.map((lt, l) => (
        <li key={l} className={'layer' in step && step.layer === l ? 'is-current' : undefined}>
          <span className="walk-trail__name">{l === spec.layers.length - 1 ? 'out' : `L${l + 1}`}</span>
          <Values
            values={lt.neurons.map((n) => n.a)}
            shown={(j) => reached(l, j)}
            max={MAX}
            current={step.kind === 'neuron' && step.layer === l ? step.unit : -1}
            testId={`trail-${l}`}
          />
        </li>
      ))}
    </ol>
  );
}

function Values({ values, shown, max, current = -1, testId }: { values: number[]; shown(j: number): boolean; max: number; current?: number; testId: string }) {
  const { n } = useFormat();
  const list = values.slice(0, max);
  return (
    <span className="walk-trail__values" data-testid={testId}>
      {list.map((v, j) => (
        <span key={j} className={j === current ? 'is-current' : undefined}>
          {shown(j) ? n(v) : '·'}
        </span>
      ))}
      {values.length > max && <span className="muted">+{values.length - max}</span>}
    </span>
  );
}

function ApplyBar({ data }: { data: Ready }) {
  return (
    <div className="walk-apply">
      <button type="button" className="button primary" data-testid="apply-update" onClick={() => applyUpdate(data.choice, data.trace)}>
        Apply this update
      </button>
      <UpdateResult data={data} />
    </div>
  );
}

/** What the last "Apply this update" did to this sample: its prediction and loss before and after. */
function UpdateResult({ data }: { data: Ready }) {
  const update = useWalkthroughStore(selectUpdate);
  const params = useTrainingStore((s) => s.params);
  if (!update || update.sampleId !== data.choice.id) {
    return <p className="walk-apply__hint muted">One optimiser step on this sample alone, exactly as previewed.</p>;
  }
  const changes = changedParams(data.trace) > 0;
  // A frame sent before the update arrived carries the same weights: wait for the one that changed them.
  if (update.params && params && sameValues(params, update.params)) {
    return <p className="walk-apply__result">{changes ? 'Applying…' : 'Every gradient is 0 here, so the update changes nothing.'}</p>;
  }
  const after = data.trace.backward!.value;
  const lower = after < update.lossBefore;
  return (
    <p className="walk-apply__result" data-testid="update-result">
      {update.count === 1 ? 'Update applied' : `${update.count} updates applied`}: loss <Num v={update.lossBefore} testId="loss-before" /> →{' '}
      <Num v={after} testId="loss-after" className={lower ? 'is-better' : 'is-worse'} />
      {lower ? ' (lower)' : after > update.lossBefore ? ' (higher: try a smaller learning rate)' : ''} · <PredictionChange before={update.outputBefore} trace={data.trace} data={data} />
    </p>
  );
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function PredictionChange({ before, trace, data }: { before: number[]; trace: Trace; data: Ready }) {
  const target = data.choice.sample.target;
  const now = predictionOf(data.task, trace.forward.output, target);
  const then = predictionOf(data.task, before, target);
  if (now.kind === 'regression' && then.kind === 'regression') {
    return (
      <>
        output <Num v={then.value} /> → <Num v={now.value} testId="prediction-after" />
      </>
    );
  }
  if (now.kind === 'binary' && then.kind === 'binary') {
    return (
      <>
        p({data.classNames?.[1] ?? 'class 1'}) <Num v={then.p} /> → <Num v={now.p} testId="prediction-after" />
      </>
    );
  }
  const t = target.indexOf(1);
  return (
    <>
      p(<span className="walk-swatch" style={{ background: CLASS_COLORS[t % CLASS_COLORS.length] }} aria-hidden="true" />
      {data.classNames?.[t] ?? `class ${t}`}) <Num v={before[t]} /> → <Num v={trace.forward.output[t]} testId="prediction-after" />
    </>
  );
}
