// When training blows up or stops learning, say what happened and offer the fix in one click: a smaller
// learning rate the worker tried and saw work, or setting back a typed weight. Loaded when one is due
// (TrainingAlertSlot.tsx).

import { selectLearningRate, selectRegularization, selectRegularizationRate, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { reset, resetWithLearningRate, setParam } from '../../state/session.ts';
import { selectAdvice, selectDiverged, selectError, useTrainingStore } from '../../state/trainingStore.ts';
import { LEARNING_RATES } from './choices.ts';
import { formatRate } from '../format.ts';

/** Without the worker's tried rate (it had no time, or an older worker): the largest usual value at most a third of the current one. */
function saferLearningRate(rate: number): number | null {
  const smaller = LEARNING_RATES.filter((r) => r <= rate / 3);
  if (smaller.length > 0) return smaller[smaller.length - 1];
  const tenth = rate / 10;
  return tenth >= RANGES.learningRate.min ? tenth : null;
}

export function DivergenceAlert() {
  const diverged = useTrainingStore(selectDiverged);
  const advice = useTrainingStore(selectAdvice);
  const rate = useConfigStore(selectLearningRate);
  const regularization = useConfigStore(selectRegularization);
  const regularizationRate = useConfigStore(selectRegularizationRate);
  if (diverged === null) return null;
  const told = advice?.kind === 'diverged' ? advice : null;
  // A typed weight to blame: no rate is offered. A rate the worker tried comes first.
  const blame = told?.message || null;
  const safer = blame ? null : (told?.suggestedRate ?? saferLearningRate(rate));
  const heavyPenalty = regularization !== 'none' && regularizationRate >= 1;
  return (
    <div className="alert danger" role="alert">
      <div>
        <strong>Training stopped: the numbers blew up.</strong> {diverged}
        <p>
          {blame ?? (safer !== null ? `Lower the learning rate (try ${formatRate(safer)}) and press Reset.` : 'Press Reset to start again from fresh weights.')}
          {!blame && heavyPenalty && ' A smaller regularization rate can help too.'}
        </p>
        {told?.tested && !blame && <p className="alert-detail">{told.tested}</p>}
      </div>
      <div className="alert-actions">
        {safer !== null && (
          <button type="button" className="button primary" onClick={() => resetWithLearningRate(safer)}>
            Use {formatRate(safer)} and reset
          </button>
        )}
        <button type="button" className="button" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}

/** Training goes on but does not learn: why, and the rate that was tried and worked (or the typed weight to set back). */
export function StallAlert() {
  const diverged = useTrainingStore(selectDiverged);
  const advice = useTrainingStore(selectAdvice);
  if (diverged !== null || advice?.kind !== 'stalled') return null;
  const { message, suggestedRate, tested, weight } = advice;
  return (
    <div className="alert warning" role="status" aria-label="Training is not learning">
      <div>
        <strong>Training is not learning.</strong> {message}
        {tested && <p className="alert-detail">{tested}</p>}
      </div>
      <div className="alert-actions">
        {suggestedRate !== null && (
          <button type="button" className="button primary" onClick={() => resetWithLearningRate(suggestedRate)}>
            Use {formatRate(suggestedRate)} and reset
          </button>
        )}
        {weight && (
          <button type="button" className="button primary" onClick={() => setParam(weight.layer, weight.unit, weight.input, weight.previous)}>
            Set it back to {formatRate(Number(weight.previous.toPrecision(3)))}
          </button>
        )}
        <button type="button" className="button" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}

/** The worker could not carry out a command; it says why in plain words. */
export function WorkerErrorAlert() {
  const error = useTrainingStore(selectError);
  if (error === null) return null;
  return (
    <div className="alert danger" role="alert">
      <div>
        <strong>Something went wrong.</strong> {error}
      </div>
      <div className="alert-actions">
        <button type="button" className="button" onClick={useTrainingStore.getState().dismissError}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** All three, in the order the page shows them; each draws nothing while it has nothing to say. */
export function TrainingAlerts() {
  return (
    <>
      <DivergenceAlert />
      <StallAlert />
      <WorkerErrorAlert />
    </>
  );
}
