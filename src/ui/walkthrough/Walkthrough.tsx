// The step-by-step panel: one sample through the network, neuron by neuron, then back again, with
// the real numbers. It follows the worker's network (weights and optimiser memory from the latest
// frame), so "Apply this update" lands exactly where the update step said it would.

import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { commandsVersion, hintOf, registerCommands, runCommand, subscribeCommands } from '../../state/commands.ts';
import type { ModelSpec } from '../../engine/index.ts';
import { useViewStore } from '../../state/viewStore.ts';
import {
  DECIMAL_CHOICES,
  PLAY_INTERVAL_MS,
  selectDecimals,
  selectStep,
  selectWalkPlaying,
  selectWalkSpeed,
  useWalkthroughStore,
  type Decimals,
  type PlaySpeed,
} from '../../state/walkthroughStore.ts';
import { Icon } from '../app/Icon.tsx';
import { closeWalkthrough } from './actions.ts';
import { getRestingTarget, setRestingTarget } from './bits.tsx';
import { StepBody } from './Steps.tsx';
import { NEXT_STEP, PREVIOUS_STEP, walkthroughCommands } from './walkthroughCommands.ts';
import { useWalkthroughData } from './useWalkthrough.ts';
import { firstBackwardIndex, stepKey, stepTarget, stepTitle, stepsOf, type Step } from './steps.ts';
import { SampleBar } from './SampleBar.tsx';
import { Trail } from './Trail.tsx';
import { ApplyBar } from './ApplyBar.tsx';
import './walkthrough.css';
import './steps.css';

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
  // biome-ignore lint/correctness/useExhaustiveDependencies: shape stands for data.spec; new weights must not remake the steps (and restart Play)
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: targetKey stands for target; an equal one each frame must not undo a hover
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

  // ← and → are registry commands while the panel is open.
  useSyncExternalStore(subscribeCommands, commandsVersion);
  const stepsRef = useRef(steps);
  stepsRef.current = steps;
  useEffect(() => registerCommands(walkthroughCommands(() => stepsRef.current)), []);

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
          <button type="button" className="icon-button" aria-label="Previous step" title={hintOf(PREVIOUS_STEP)} disabled={index <= 0} onClick={() => runCommand(PREVIOUS_STEP)}>
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
          <button type="button" className="icon-button" aria-label="Next step" title={hintOf(NEXT_STEP)} disabled={index >= steps.length - 1} onClick={() => runCommand(NEXT_STEP)}>
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
          <button
            key={d}
            type="button"
            aria-pressed={decimals === d}
            aria-label={`${d} decimals`}
            data-testid={`decimals-${d}`}
            onClick={() => useWalkthroughStore.getState().setDecimals(d)}
          >
            {d}
          </button>
        ))}
      </div>
    </div>
  );
}
