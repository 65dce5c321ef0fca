// When training blows up, say what happened and offer the usual fix in one click.

import { selectLearningRate, selectRegularization, selectRegularizationRate, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { reset, resetWithLearningRate } from '../../state/session.ts';
import { selectDiverged, selectError, useTrainingStore } from '../../state/trainingStore.ts';
import { LEARNING_RATES } from './choices.ts';
import { formatRate } from '../format.ts';

/** A clearly smaller rate: the largest usual value at most a third of the current one. */
function saferLearningRate(rate: number): number | null {
  const smaller = LEARNING_RATES.filter((r) => r <= rate / 3);
  if (smaller.length > 0) return smaller[smaller.length - 1];
  const tenth = rate / 10;
  return tenth >= RANGES.learningRate.min ? tenth : null;
}

export function DivergenceAlert() {
  const diverged = useTrainingStore(selectDiverged);
  const rate = useConfigStore(selectLearningRate);
  const regularization = useConfigStore(selectRegularization);
  const regularizationRate = useConfigStore(selectRegularizationRate);
  if (diverged === null) return null;
  const safer = saferLearningRate(rate);
  const heavyPenalty = regularization !== 'none' && regularizationRate >= 1;
  return (
    <div className="alert danger" role="alert">
      <div>
        <strong>Training stopped: the numbers blew up.</strong> {diverged}
        <p>
          {safer !== null ? `Lower the learning rate (try ${formatRate(safer)}) and press Reset.` : 'Press Reset to start again from fresh weights.'}
          {heavyPenalty && ' A smaller regularization rate can help too.'}
        </p>
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
