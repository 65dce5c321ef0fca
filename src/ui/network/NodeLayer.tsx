// The neurons: a frame over each one's picture on the maps canvas (also what the pointer hits), the
// bias marker on its lower-left corner, and rings around the emphasised ones.
//
// One memoised column per layer, placed by a transform: adding a layer moves every column sideways but
// re-renders only the columns whose own shape changed, so eight layers of 256 cost one new column, not
// 2,000 nodes. A column of slivers has no bias markers, so new weights leave it untouched too.

import { memo } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import type { Highlight } from '../../state/viewStore.ts';
import { edgeStroke } from './edgeLooks.ts';
import type { LayerDataProps } from './EdgeLayer.tsx';
import { ACTIVATION_LABELS, capitalize, layerName } from './labels.ts';
import type { GraphLayout } from './layout.ts';

interface NodeLayerProps extends LayerDataProps {
  spec: ModelSpec;
}

export const NodeLayer = memo(function NodeLayer({ layout, spec, offsets, params }: NodeLayerProps) {
  return (
    <g className="nn-neurons">
      {layout.layers.map((col, layer) => {
        // The slivers of a wide layer are too thin for a bias marker; the Weights tab has their biases.
        const biasMarkers = col.size >= 8;
        return (
          <g key={layer} transform={`translate(${col.x} 0)`}>
            <NodeColumn
              layer={layer}
              name={capitalize(layerName(spec, layer))}
              activation={ACTIVATION_LABELS[spec.layers[layer].activation]}
              ys={col.ys}
              size={col.size}
              nodeWidth={col.nodeWidth}
              biasSize={col.biasSize}
              biases={biasMarkers ? params : null}
              biasOffset={offsets[layer].bias}
              biasMarkers={biasMarkers}
            />
          </g>
        );
      })}
    </g>
  );
});

interface NodeColumnProps {
  layer: number;
  /** "Layer 2", "Output layer 3". */
  name: string;
  activation: string;
  /** Vertical centre of each unit; the column is drawn around x = 0. */
  ys: number[];
  size: number;
  nodeWidth: number;
  biasSize: number;
  /** Where the biases are read (null: no markers, or no weights yet). */
  biases: Float64Array | null;
  biasOffset: number;
  biasMarkers: boolean;
}

/** Equal props, with the unit centres compared by value: every layout computes new arrays of the same numbers. */
function sameColumn(a: NodeColumnProps, b: NodeColumnProps): boolean {
  for (const key of Object.keys(a) as (keyof NodeColumnProps)[]) if (key !== 'ys' && a[key] !== b[key]) return false;
  return a.ys.length === b.ys.length && a.ys.every((y, i) => y === b.ys[i]);
}

const NodeColumn = memo(function NodeColumn({ layer, name, activation, ys, size: s, nodeWidth, biasSize: bs, biases, biasOffset, biasMarkers }: NodeColumnProps) {
  const x0 = -nodeWidth / 2;
  return ys.map((y, unit) => {
    const y0 = y - s / 2;
    const unitName = `${name} neuron ${unit + 1}`;
    return (
      // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a neuron is a labelled group; the graph's one keyboard handler reaches its parts
      <g key={unit} className="nn-neuron" data-testid={`neuron-${layer}-${unit}`} data-hit={`n:${layer}:${unit}`} role="group" aria-label={`${unitName}, ${activation}`}>
        <rect className={s < 4 ? 'nn-neuron__frame is-sliver' : 'nn-neuron__frame'} x={x0} y={y0} width={nodeWidth} height={s} rx={Math.min(5, s / 5)} />
        {biasMarkers && (
          <rect
            className="nn-bias"
            data-hit={`b:${layer}:${unit}`}
            role="button"
            tabIndex={0}
            aria-label={`${unitName} bias`}
            x={x0 - bs / 2}
            y={y0 + s - bs / 2}
            width={bs}
            height={bs}
            rx={1.5}
            fill={edgeStroke(biases ? biases[biasOffset + unit] : NaN)}
          />
        )}
      </g>
    );
  });
}, sameColumn);

export function EmphasisNodes({ layout, target }: { layout: GraphLayout; target: Highlight }) {
  const { layer, unit, input } = target;
  const rings: { x: number; y: number; w: number; h: number; bias?: boolean }[] = [];
  const col = layout.layers[layer];
  if (!col) return null;
  // Rounded rings hug small nodes less: a sliver of a wide layer gets a thin ring.
  const ringOf = (c: typeof col, y: number) => {
    const pad = c.size < 8 ? 3 : 8;
    return { x: c.x, y, w: c.nodeWidth + pad, h: c.size + pad };
  };
  if (unit !== undefined && col.ys[unit] !== undefined) {
    const y = col.ys[unit];
    if (input === -1) {
      rings.push({ x: col.x - col.nodeWidth / 2, y: y + col.size / 2, w: col.biasSize + 6, h: col.biasSize + 6, bias: true });
    } else {
      rings.push(ringOf(col, y));
    }
  }
  if (layer > 0 && input !== undefined && input >= 0) {
    const prev = layout.layers[layer - 1];
    if (prev.ys[input] !== undefined) rings.push(ringOf(prev, prev.ys[input]));
  }
  return (
    <g className="nn-rings" aria-hidden="true">
      {rings.map((r, i) => (
        <rect
          key={i}
          className={r.bias ? 'nn-ring nn-ring--bias' : 'nn-ring'}
          x={r.x - r.w / 2}
          y={r.y - r.h / 2}
          width={r.w}
          height={r.h}
          rx={r.bias ? 3 : Math.min(8, r.h / 3)}
        />
      ))}
    </g>
  );
}
