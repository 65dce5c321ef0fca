// The centre: the network itself, as a graph, as weight matrices, or as a Keras-style summary.
// The graph and the summary draw the setup as configured, so an added layer shows at once;
// the weights and neuron pictures fill in when the worker's next frame (of that shape) arrives.

import { lazy, Suspense, useMemo, type KeyboardEvent } from 'react';
import { useConfigStore } from '../../state/configStore.ts';
import { useNetworkSetup } from '../tables/useNetworkSetup.ts';
import { setParam } from '../../state/session.ts';
import { selectNeuronGridSize, selectNeuronGrids, selectParams, useTrainingStore } from '../../state/trainingStore.ts';
import { selectHighlight, selectPinnedNeuron, selectTab, useViewStore, type NetworkTab } from '../../state/viewStore.ts';
import { NetworkGraph } from '../network/NetworkGraph.tsx';
import type { GraphLocks } from '../network/graphTypes.ts';
import { isLocked, selectLocked, useLockStore, type ControlId } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';

// The Weights and Summary tabs load when first chosen; the page opens on the graph.
const WeightMatrices = lazy(() => import('../network/WeightMatrices.tsx').then((m) => ({ default: m.WeightMatrices })));
const ModelSummary = lazy(() => import('../network/ModelSummary.tsx').then((m) => ({ default: m.ModelSummary })));

const TABS: { id: NetworkTab; label: string }[] = [
  { id: 'graph', label: 'Graph' },
  { id: 'weights', label: 'Weights' },
  { id: 'summary', label: 'Summary' },
];

/** Arrow keys move between tabs (the ARIA tabs pattern); handled here, they do not also step training. */
function onTabKey(e: KeyboardEvent<HTMLDivElement>) {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  e.preventDefault();
  const current = TABS.findIndex((t) => t.id === useViewStore.getState().tab);
  const next = TABS[(current + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
  useViewStore.getState().setTab(next.id);
  document.getElementById(`tab-${next.id}`)?.focus();
}

export function NetworkPanel() {
  const tab = useViewStore(selectTab);
  const locks = useNetworkLocks();
  return (
    <section className={`panel network-panel${locks.className}`} aria-labelledby="network-heading">
      <div className="panel-heading">
        <h2 id="network-heading">Network</h2>
        <div className="tabs" role="tablist" aria-label="Network view" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="network-view"
              tabIndex={tab === t.id ? 0 : -1}
              className="tab"
              onClick={() => useViewStore.getState().setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      {locks.note && (
        <p className="lock-note">
          <LockMark /> Locked by your teacher: {locks.note.toLowerCase()}.
        </p>
      )}
      <div className="network-view" id="network-view" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {tab === 'graph' && <GraphView />}
        {tab === 'weights' && <WeightsWithGraph />}
        {tab === 'summary' && <SummaryView />}
      </div>
    </section>
  );
}

/** The graph draws its own layer controls: a teacher's lock dims them (lock.css) and makes them do nothing. */
function unlessLocked<A extends unknown[]>(id: ControlId, action: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    if (!isLocked(id)) action(...args);
  };
}

const NETWORK_LOCKS: [ControlId, string][] = [
  ['layers', 'Layers and neurons'],
  ['activation', 'Activations'],
  ['features', 'Input features'],
];

function useNetworkLocks(): { className: string; note: string } {
  const locked = useLockStore(selectLocked);
  const on = NETWORK_LOCKS.filter(([id]) => locked.has(id));
  return { className: on.map(([id]) => ` is-locked-${id}`).join(''), note: on.map(([, name]) => name).join(', ') };
}

/** What the teacher locked in the graph, as one object that changes only when a lock does. */
function useGraphLocks(): GraphLocks {
  const layers = useLockStore((s) => s.locked.has('layers'));
  const activation = useLockStore((s) => s.locked.has('activation'));
  const features = useLockStore((s) => s.locked.has('features'));
  return useMemo(() => ({ layers, activation, features }), [layers, activation, features]);
}

function GraphView() {
  const { spec, features, task, table, activations, maxUnits } = useNetworkSetup();
  const params = useTrainingStore(selectParams);
  const neuronGrids = useTrainingStore(selectNeuronGrids);
  const neuronGridSize = useTrainingStore(selectNeuronGridSize);
  const highlight = useViewStore(selectHighlight);
  const pinnedNeuron = useViewStore(selectPinnedNeuron);
  const config = useConfigStore.getState();
  return (
    <NetworkGraph
      spec={spec}
      activeFeatures={features}
      tableInputs={table}
      activations={activations}
      maxUnits={maxUnits}
      onUnitsSet={unlessLocked('layers', config.setLayerUnits)}
      params={params}
      neuronGrids={neuronGrids}
      neuronGridSize={neuronGridSize}
      task={task}
      highlight={highlight}
      locked={useGraphLocks()}
      onToggleFeature={unlessLocked('features', config.toggleFeature)}
      onAddLayer={unlessLocked('layers', config.addLayer)}
      onRemoveLayer={unlessLocked('layers', config.removeLayer)}
      onUnitsChange={unlessLocked('layers', config.setUnits)}
      onActivationChange={unlessLocked('activation', config.setActivation)}
      onEditParam={setParam}
      onHover={useViewStore.getState().setHighlight}
      pinnedNeuron={pinnedNeuron}
      onPinNeuron={useViewStore.getState().setPinnedNeuron}
    />
  );
}

function WeightsView() {
  const { spec, features, table } = useNetworkSetup();
  const params = useTrainingStore(selectParams);
  const highlight = useViewStore(selectHighlight);
  return (
    <Suspense fallback={null}>
      <WeightMatrices
        spec={spec}
        activeFeatures={features}
        inputNames={table?.names}
        inputImage={table?.image}
        params={params}
        highlight={highlight}
        onHover={useViewStore.getState().setHighlight}
      />
    </Suspense>
  );
}

/**
 * Matrices above the graph, so hovering a cell lights up its connection where the learner can
 * see it. Tables keep the whole panel for their weights: their inputs are bundled in the graph.
 */
function WeightsWithGraph() {
  const { table } = useNetworkSetup();
  if (table) return <WeightsView />;
  return (
    <div className="weights-with-graph">
      <WeightsView />
      <GraphView />
    </div>
  );
}

function SummaryView() {
  const { spec, features, table, inputNote } = useNetworkSetup();
  return (
    <Suspense fallback={null}>
      <ModelSummary spec={spec} activeFeatures={features} inputNames={table?.names} inputNote={inputNote} />
    </Suspense>
  );
}
