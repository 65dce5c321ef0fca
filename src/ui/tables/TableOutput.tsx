// The output panel for data that is not a plane, where there is no input plane to colour: a confusion
// matrix for classes, predicted against actual for a number, and for the digits a pad to draw on and
// a gallery of the validation digits the network gets wrong.

import { selectCsvShape, selectDataset, useConfigStore } from '../../state/configStore.ts';
import { selectWalkthrough, useViewStore } from '../../state/viewStore.ts';
import { openWalkthrough } from '../walkthrough/actions.ts';
import { isDigits, type TableDatasetName } from '../../setup/catalogue.ts';
import { taskOf } from '../../setup/rules.ts';
import { lazy, Suspense } from 'react';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { PredictedVsActual } from './PredictedVsActual.tsx';
import { selectOutputView, selectStatus, selectTable, useTableStore, type OutputView } from '../../state/tableStore.ts';

// The digits' own views load the first time digits are chosen: most visits never open them.
const DigitPad = lazy(() => import('./DigitPad.tsx').then((m) => ({ default: m.DigitPad })));
const MistakesGallery = lazy(() => import('./MistakesGallery.tsx').then((m) => ({ default: m.MistakesGallery })));
const EpochProgress = lazy(() => import('./EpochProgress.tsx').then((m) => ({ default: m.EpochProgress })));

const DIGIT_VIEWS: { id: OutputView; label: string }[] = [
  { id: 'confusion', label: 'Confusion matrix' },
  { id: 'draw', label: 'Draw a digit' },
  { id: 'mistakes', label: 'Mistakes' },
];

export function TableOutput() {
  const dataset = useConfigStore(selectDataset) as TableDatasetName;
  const csvShape = useConfigStore(selectCsvShape);
  const view = useTableStore(selectOutputView);
  const digits = isDigits(dataset);
  const task = taskOf(dataset, csvShape);
  const shown: OutputView = digits ? view : 'confusion';
  return (
    <section className="panel output-panel table-output" aria-labelledby="output-heading" data-testid="table-output">
      <div className="panel-heading">
        <h2 id="output-heading">Output</h2>
        {digits && (
          <div className="tabs" role="tablist" aria-label="Output view">
            {DIGIT_VIEWS.map((v) => (
              <button
                key={v.id}
                type="button"
                role="tab"
                className="tab"
                aria-selected={shown === v.id}
                aria-controls="table-output-view"
                onClick={() => useTableStore.getState().setOutputView(v.id)}
              >
                {v.label}
              </button>
            ))}
          </div>
        )}
        <StepByStepButton digits={digits} />
      </div>
      <div id="table-output-view" role={digits ? 'tabpanel' : undefined} className="table-output__view">
        <Waiting dataset={dataset} />
        <Suspense fallback={<p className="table-output__waiting">Loading this view…</p>}>
          {task === 'regression' ? <PredictedVsActual /> : shown === 'draw' ? <DigitPad /> : shown === 'mistakes' ? <MistakesGallery /> : <ConfusionMatrix />}
        </Suspense>
      </div>
      {digits && (
        <Suspense fallback={null}>
          <EpochProgress />
        </Suspense>
      )}
    </section>
  );
}

/** Says what the panel waits for: the download, the first frame of the new data. */
function Waiting({ dataset }: { dataset: TableDatasetName }) {
  const status = useTableStore(selectStatus);
  const table = useTableStore(selectTable);
  const loading = dataset !== 'noise' && dataset !== 'csv' && status[dataset].state === 'loading';
  if (dataset !== 'noise' && dataset !== 'csv' && status[dataset].state === 'error') return <p className="table-output__waiting">The data did not load: see the data panel.</p>;
  if (loading) return <p className="table-output__waiting">Loading the data… the results appear here once it has arrived.</p>;
  if (dataset !== 'noise' && table?.source !== dataset) return <p className="table-output__waiting">Preparing the data…</p>;
  return null;
}

/** Opens the walkthrough on the followed validation row (or digit). */
function StepByStepButton({ digits }: { digits: boolean }) {
  const open = useViewStore(selectWalkthrough);
  if (open) return null;
  return (
    <button
      type="button"
      className="button small"
      onClick={() => openWalkthrough()}
      title={`Follow one ${digits ? 'validation digit' : 'validation row'} through the network, neuron by neuron, and back`}
    >
      Step by step
    </button>
  );
}
