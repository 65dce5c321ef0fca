// Play, step, reset, speed and the epoch counter: the controls a teacher reaches for most.

import { SPEEDS, type Speed } from '../../setup/config.ts';
import { pause, play, reset, setSpeed, step } from '../../state/session.ts';
import { selectBatch, selectEpoch, selectIteration, selectPlaying, selectSpeed, useTrainingStore } from '../../state/trainingStore.ts';
import { Icon } from './Icon.tsx';
import { formatLoss } from './format.ts';

const SPEED_WORDS: Record<Speed, string> = { 1: 'slowest', 2: 'slow', 3: 'medium', 4: 'fast', 5: 'full speed' };

export function TrainingControls() {
  const playing = useTrainingStore(selectPlaying);
  return (
    <div className="training-controls" role="group" aria-label="Training">
      <button
        type="button"
        className="button primary play"
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        onClick={playing ? pause : play}
      >
        <Icon name={playing ? 'pause' : 'play'} />
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" className="button" title="Train on one batch (→)" onClick={() => step('batch')}>
        <Icon name="step" />
        Step one batch
      </button>
      <button type="button" className="button" title="Train on every batch once" onClick={() => step('epoch')}>
        <Icon name="step-epoch" />
        Step one epoch
      </button>
      <button type="button" className="button" title="New starting weights from the seed (R)" onClick={reset}>
        <Icon name="reset" />
        Reset
      </button>
      <SpeedControl />
      <EpochCounter />
    </div>
  );
}

function SpeedControl() {
  const speed = useTrainingStore(selectSpeed);
  return (
    <label className="speed">
      <span className="label">Speed</span>
      <input
        type="range"
        min={SPEEDS[0]}
        max={SPEEDS[SPEEDS.length - 1]}
        step={1}
        value={speed}
        aria-valuetext={`${speed} of 5, ${SPEED_WORDS[speed]}`}
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
