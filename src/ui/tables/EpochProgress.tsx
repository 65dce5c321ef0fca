// One line under the digits' results: how far through the epoch training is, how fast it goes and how
// long the epoch has left, and (all of MNIST) the accuracy on the separate test images after the last epoch.
// A full-MNIST epoch takes minutes on one core, so the learner needs to see it moving.

import { useEffect, useRef, useState } from 'react';
import { selectBatchSize, useConfigStore } from '../../state/configStore.ts';
import { selectBatch, selectEpoch, selectEvaluation, selectIteration, selectPlaying, useTrainingStore } from '../../state/trainingStore.ts';

/** Samples per second over about the last few seconds. */
const WINDOW_MS = 4000;

export function EpochProgress() {
  const batch = useTrainingStore(selectBatch);
  const epoch = useTrainingStore(selectEpoch);
  const iteration = useTrainingStore(selectIteration);
  const playing = useTrainingStore(selectPlaying);
  const test = useTrainingStore(selectEvaluation)?.test ?? null;
  const batchSize = useConfigStore(selectBatchSize);
  const rate = useRate(iteration, playing, batchSize);
  const left = rate && batch.of > 0 ? ((batch.of - batch.index) * batchSize) / rate : null;
  return (
    <div className="epoch-progress" data-testid="epoch-progress">
      <p className="tabular">
        {/* The header's count (epochs done), then the epoch under way, as Keras' log numbers it ("Epoch 1/10"). */}
        {epoch.toLocaleString('en')} {epoch === 1 ? 'epoch' : 'epochs'} done · batch {batch.index.toLocaleString('en')} of {batch.of.toLocaleString('en')} of epoch{' '}
        {(epoch + 1).toLocaleString('en')}
        {playing && rate !== null && (
          <>
            {' '}
            · {Math.round(rate).toLocaleString('en')} samples/s{left !== null && <> · about {duration(left)} left in this epoch</>}
          </>
        )}
      </p>
      {test && (
        <p data-testid="test-accuracy">
          Test accuracy <strong className="tabular">{(test.accuracy * 100).toFixed(2)}%</strong> on the {test.n.toLocaleString('en')} test images, after epoch {test.epoch}
          {test.batchInEpoch > 0 && <> (and {test.batchInEpoch} batches)</>}
        </p>
      )}
    </div>
  );
}

/** Training samples per second from the batches counted over the last WINDOW_MS; null until there are two readings. */
function useRate(iteration: number, playing: boolean, batchSize: number): number | null {
  const readings = useRef<{ t: number; iteration: number }[]>([]);
  const [rate, setRate] = useState<number | null>(null);
  useEffect(() => {
    if (!playing) {
      readings.current = [];
      setRate(null);
      return;
    }
    const now = performance.now();
    const r = readings.current;
    r.push({ t: now, iteration });
    while (r.length > 2 && now - r[0].t > WINDOW_MS) r.shift();
    const first = r[0];
    if (r.length >= 2 && now > first.t && iteration > first.iteration) setRate(((iteration - first.iteration) * batchSize * 1000) / (now - first.t));
  }, [iteration, playing, batchSize]);
  return rate;
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
