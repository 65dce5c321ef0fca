// Play, step, reset, speed and the epoch counter: the controls a teacher reaches for most.

import { SPEEDS, type Speed } from '../../setup/config.ts';
import { pause, play, reset, setSpeed, step } from '../../state/session.ts';
import { selectBatch, selectEpoch, selectIteration, selectPlaying, selectSpeed, useTrainingStore } from '../../state/trainingStore.ts';
import { Icon } from './Icon.tsx';
import { formatLoss } from './format.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';

const SPEED_WORDS: Record<Speed, string> = { 1: 'slowest', 2: 'slow', 3: 'medium', 4: 'fast', 5: 'full speed' };

export function TrainingControls() {
  const playing = useTrainingStore(selectPlaying);
  const lockedPlay = useLock('play').locked;
  const lockedStep = useLock('step').locked;
  const lockedReset = useLock('reset').locked;
  return (
    <div className="training-controls" role="group" aria-label="Training">
      <button
        type="button"
        className="button primary play"
        title={lockedPlay ? LOCKED_HINT : playing ? 'Pause (Space)' : 'Play (Space)'}
        disabled={lockedPlay}
        onClick={playing ? pause : play}
      >
        <Icon name={playing ? 'pause' : 'play'} />
        {playing ? 'Pause' : 'Play'}
        {lockedPlay && <LockMark />}
      </button>
      <button type="button" className="button" title={lockedStep ? LOCKED_HINT : 'Train on one batch (→)'} disabled={lockedStep} onClick={() => step('batch')}>
        <Icon name="step" />
        Step one batch
        {lockedStep && <LockMark />}
      </button>
      <button type="button" className="button" title={lockedStep ? LOCKED_HINT : 'Train on every batch once'} disabled={lockedStep} onClick={() => step('epoch')}>
        <Icon name="step-epoch" />
        Step one epoch
        {lockedStep && <LockMark />}
      </button>
      <button type="button" className="button" title={lockedReset ? LOCKED_HINT : 'New starting weights from the seed (R)'} disabled={lockedReset} onClick={reset}>
        <Icon name="reset" />
        Reset
        {lockedReset && <LockMark />}
      </button>
      <SpeedControl />
      <EpochCounter />
    </div>
  );
}

function SpeedControl() {
  const speed = useTrainingStore(selectSpeed);
  const { locked } = useLock('speed');
  return (
    <label className="speed" title={locked ? LOCKED_HINT : undefined}>
      <span className="label">
        Speed
        {locked && <LockMark />}
      </span>
      <input
        type="range"
        min={SPEEDS[0]}
        max={SPEEDS[SPEEDS.length - 1]}
        step={1}
        value={speed}
        aria-valuetext={`${speed} of 5, ${SPEED_WORDS[speed]}`}
        disabled={locked}
        onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
      />
    </label>
  );
}

function EpochCounter() {
  const epoch = useTrainingStore(selectEpoch);
  const iteration = useTrainingStore(selectIteration);
  const batch = useTrainingStore(selectBatch);
  return (
    <div className="epoch-counter" title={`${iteration} batches trained since the weights were set`}>
      <span className="label">Epoch</span>
      <span className="value" data-testid="epoch">
        {epoch}
      </span>
      <span className="batch" data-testid="batch-progress">
        {batch.of > 0 ? `batch ${batch.index}/${batch.of}` : ''}
        {Number.isFinite(batch.loss) ? ` · loss ${formatLoss(batch.loss)}` : ''}
      </span>
    </div>
  );
}
