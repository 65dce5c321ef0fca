// Play, step, reset, speed and the epoch counter: the controls a teacher reaches for most.

import { SPEED_LEVELS, SPEEDS, type Speed } from '../../setup/config.ts';
import { setSpeed } from '../../state/session.ts';
import { PLAYGROUND_COMMANDS } from '../../state/playgroundCommands.ts';
import { selectBatch, selectEpoch, selectIteration, selectPlaying, selectSpeed, useTrainingStore } from '../../state/trainingStore.ts';
import { CommandButton } from './CommandButton.tsx';
import { formatLoss } from '../format.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';

export function TrainingControls() {
  const playing = useTrainingStore(selectPlaying);
  return (
    <div className="training-controls" role="group" aria-label="Training">
      <CommandButton id={PLAYGROUND_COMMANDS.play} icon={playing ? 'pause' : 'play'} className="button primary play" />
      <CommandButton id={PLAYGROUND_COMMANDS.stepBatch} icon="step" />
      <CommandButton id={PLAYGROUND_COMMANDS.stepEpoch} icon="step-epoch" />
      <CommandButton id={PLAYGROUND_COMMANDS.reset} icon="reset" />
      <SpeedControl />
      <EpochCounter />
    </div>
  );
}

function SpeedControl() {
  const speed = useTrainingStore(selectSpeed);
  const { locked } = useLock('speed');
  return (
    <div className="speed-control">
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
          aria-valuetext={SPEED_LEVELS[speed - 1].label}
          disabled={locked}
          onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
        />
      </label>
      {/* Each level says what it does, so "fast" never has to be guessed (the slider's valuetext says it too). */}
      <span className="speed-level" data-testid="speed-level" aria-hidden="true">
        {SPEED_LEVELS[speed - 1].label}
      </span>
    </div>
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
