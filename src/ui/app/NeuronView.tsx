// A neuron's map at full size in the output plot, as TensorFlow Playground shows it: while the learner
// points at a neuron in the graph, or until they unpin the one they clicked.

import { useTrainingStore } from '../../state/trainingStore.ts';
import { type selectHighlight, selectPinnedNeuron, useViewStore, type NeuronRef } from '../../state/viewStore.ts';
import { neuronScale } from '../network/heatmaps.ts';
import { paintHeatmap } from '../paintHeatmap.ts';

const selectSpec = (s: { spec: { layers: readonly { units: number }[] } | null }) => s.spec;
/** Whether the frames carry neuron maps at all; the caption need not re-render with each new one. */
const selectHasGrids = (s: { neuronGrids: Float32Array | null }) => s.neuronGrids !== null;
const sameNeuron = (a: NeuronRef | null, b: NeuronRef | null) => a === b || (a !== null && b !== null && a.layer === b.layer && a.unit === b.unit);
let lastShown: NeuronRef | null = null;

/** The hovered neuron (a highlight naming a unit and nothing more), else the pinned one, else null; stable between equal values. */
function selectShownNeuron(s: { highlight: ReturnType<typeof selectHighlight>; pinnedNeuron: NeuronRef | null }): NeuronRef | null {
  const h = s.highlight;
  const hovered = h && h.unit !== undefined && h.input === undefined && h.edges === undefined ? { layer: h.layer, unit: h.unit } : null;
  const shown = hovered ?? s.pinnedNeuron;
  if (!sameNeuron(shown, lastShown)) lastShown = shown;
  return lastShown;
}

export function useShownNeuron(): NeuronRef | null {
  return useViewStore(selectShownNeuron);
}

/** "Layer 1, neuron 3 — tanh"; the output layer says so. */
export function neuronTitle(n: NeuronRef): string {
  const spec = useTrainingStore.getState().spec;
  const layer = spec?.layers[n.layer];
  const isOutput = spec !== null && n.layer === spec.layers.length - 1;
  return `${isOutput ? 'Output layer' : 'Layer'} ${n.layer + 1}, neuron ${n.unit + 1}${layer ? ` — ${layer.activation}` : ''}`;
}

/** Paints neuron `n`'s grid on the plot's canvas; false when the frame has no grid for it. */
export function paintNeuron(canvas: HTMLCanvasElement, n: NeuronRef, grids: Float32Array): boolean {
  const { spec, neuronGridSize: size } = useTrainingStore.getState();
  if (!spec || size === 0 || n.layer >= spec.layers.length || n.unit >= spec.layers[n.layer].units) return false;
  const cells = size * size;
  const before = spec.layers.slice(0, n.layer).reduce((sum, l) => sum + l.units, 0);
  const offset = (before + n.unit) * cells;
  if (grids.length < offset + cells) return false;
  const isOutput = n.layer === spec.layers.length - 1;
  const { lut, lo, hi } = neuronScale(spec.layers[n.layer].activation, grids, offset, cells, n.unit, isOutput);
  paintHeatmap(canvas, grids, size, lut, lo, hi, offset, 1);
  return true;
}

/** What the plot shows while it shows a neuron, and the chip that unpins a pinned one. */
export function NeuronCaption({ left, top }: { left: number; top: number }) {
  const shown = useShownNeuron();
  const pinned = useViewStore(selectPinnedNeuron);
  const hasGrids = useTrainingStore(selectHasGrids);
  const spec = useTrainingStore(selectSpec);
  const exists = (n: NeuronRef | null): n is NeuronRef => n !== null && spec !== null && n.layer < spec.layers.length && n.unit < spec.layers[n.layer].units;
  if (!hasGrids || (!exists(shown) && !exists(pinned))) return null;
  return (
    <div className="neuron-view" style={{ left: left + 6, top: top + 6 }}>
      {exists(shown) && !sameNeuron(shown, pinned) && (
        <span className="neuron-view__title" data-testid="neuron-view">
          {neuronTitle(shown)}
        </span>
      )}
      {exists(pinned) && (
        <button
          type="button"
          className="neuron-view__chip"
          data-testid="pinned-neuron"
          aria-label={`Unpin ${neuronTitle(pinned)}`}
          title="Show the network's output again (Esc in the graph)"
          onClick={() => useViewStore.getState().setPinnedNeuron(null)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            useViewStore.getState().setPinnedNeuron(null);
          }}
        >
          Pinned: {neuronTitle(pinned)} <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
