// The learning curves' panel: its heading and switches, and the chart box, which shows what to do until
// the first epoch; the curves (Curves.tsx) and the Keras log load when there is something to show.

import { lazy, Suspense, useState } from 'react';
import { selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { useTrainingStore, type TrainingState } from '../../state/trainingStore.ts';
import { selectLogScale, useViewStore } from '../../state/viewStore.ts';
import { useElementSize } from '../useElementSize.ts';

const Curves = lazy(() => import('./Curves.tsx').then((m) => ({ default: m.Curves })));
const TrainingLog = lazy(() => import('./TrainingLog.tsx').then((m) => ({ default: m.TrainingLog })));
/** Whether there is an epoch to draw; the curves themselves follow every new row. */
const selectEmpty = (s: TrainingState) => s.history.length === 0;

export function LossChart() {
  const empty = useTrainingStore(selectEmpty);
  const logScale = useViewStore(selectLogScale);
  // CSS sizes the chart box (fixed on narrow screens, the room left on wide ones); the plots fill it.
  const [ref, { width, height }] = useElementSize<HTMLDivElement>();
  const [showLog, setShowLog] = useState(false);
  // Without validation data (split 0) there is no validation curve to promise.
  const validation = useConfigStore(selectValidationSplit) > 0;

  return (
    <section className="panel chart-panel" aria-labelledby="curves-heading">
      <div className="panel-heading">
        <h2 id="curves-heading">{showLog ? 'Training log' : 'Learning curves'}</h2>
        {!showLog && (
          <ul className="series-key" aria-label="Lines">
            <li>
              <span className="series-swatch train" /> training
            </li>
            {validation && (
              <li>
                <span className="series-swatch validation" /> validation
              </li>
            )}
          </ul>
        )}
        {!showLog && (
          <label className="checkbox">
            <input type="checkbox" checked={logScale} onChange={(e) => useViewStore.getState().setLogScale(e.target.checked)} />
            Log scale
          </label>
        )}
        <label className="checkbox">
          <input type="checkbox" checked={showLog} onChange={(e) => setShowLog(e.target.checked)} />
          Keras log
        </label>
      </div>
      {showLog && (
        <Suspense fallback={null}>
          <TrainingLog />
        </Suspense>
      )}
      <div ref={ref} className="chart" data-testid="loss-chart" hidden={showLog}>
        {empty ? (
          <p className="chart-empty muted">Press Play or step through an epoch: the loss after every epoch appears here.</p>
        ) : (
          // The box keeps its size while the curves load: nothing on the page moves.
          <Suspense fallback={null}>
            <Curves width={width} height={height} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
