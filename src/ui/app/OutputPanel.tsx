// The right column's top: the output plot, its legend and the validation toggle.
// Clicking a point picks it for the step-by-step walkthrough.

import { selectHardRegions, selectPickedSample, selectShowValidation, selectWalkthrough, useViewStore } from '../../state/viewStore.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import type { LayerSpec } from '../../engine/types.ts';
import { hasClasses } from './paintOutput.ts';
import { openWalkthrough, pickPoint } from '../walkthrough/actions.ts';
import { selectDataset, useConfigStore } from '../../state/configStore.ts';
import { isPlane } from '../../setup/catalogue.ts';
import { ColorLegend } from './ColorLegend.tsx';
import { OutputPlot } from './OutputPlot.tsx';
import { lazy, Suspense } from 'react';

// A table's views (confusion matrix, predicted vs actual, the digit pad) load when a table is chosen.
const TableOutput = lazy(() => import('../tables/TableOutput.tsx').then((m) => ({ default: m.TableOutput })));

export function OutputPanel() {
  const showValidation = useViewStore(selectShowValidation);
  // Data that is not a plane has no plane to colour: its own views take the panel.
  const plane = isPlane(useConfigStore(selectDataset));
  if (!plane)
    return (
      <Suspense fallback={null}>
        <TableOutput />
      </Suspense>
    );
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <div className="panel-heading">
        <h2 id="output-heading">Output</h2>
        <label className="checkbox">
          <input type="checkbox" checked={showValidation} onChange={(e) => useViewStore.getState().setShowValidation(e.target.checked)} />
          Show validation data
        </label>
        <HardRegionsToggle />
        <StepByStepButton />
      </div>
      <OutputPlot onPickSample={pickPoint} />
      <ColorLegend />
      <PickedHint />
    </section>
  );
}

/** Opens the walkthrough on the picked point (or the first training point). */
function StepByStepButton() {
  const open = useViewStore(selectWalkthrough);
  if (open) return null;
  return (
    <button type="button" className="button small" onClick={() => openWalkthrough()} title="Follow one point through the network, neuron by neuron, and back">
      Step by step
    </button>
  );
}

/** A point picked while the walkthrough is closed: offer to follow it through the network. */
function PickedHint() {
  const picked = useViewStore(selectPickedSample);
  const open = useViewStore(selectWalkthrough);
  if (!picked || open) return null;
  return (
    <p className="picked-hint">
      {picked.set === 'train' ? 'Training' : 'Validation'} point {picked.index + 1} picked.{' '}
      <button type="button" className="button small" onClick={() => openWalkthrough()}>
        Step through it
      </button>
    </p>
  );
}

const selectOutputLayer = (s: { spec: { layers: readonly LayerSpec[] } | null }) => s.spec?.layers.at(-1) ?? null;

/** Classes only: the decision regions as flat class colours, where the soft colours hide the boundary. */
function HardRegionsToggle() {
  const hard = useViewStore(selectHardRegions);
  const output = useTrainingStore(selectOutputLayer);
  if (!output || !hasClasses(output)) return null;
  return (
    <label className="checkbox" title="Each point of the plane in the colour of the class the network picks (probability above 0.5, or the most likely class)">
      <input type="checkbox" checked={hard} onChange={(e) => useViewStore.getState().setHardRegions(e.target.checked)} />
      Show classes as hard regions
    </label>
  );
}
