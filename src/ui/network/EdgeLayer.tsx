// The connections drawn as SVG paths: one per weight, one per neuron for a block of inputs (a bundle),
// and the emphasised ones redrawn on top. Geometry comes memoised from the layout; per frame only
// stroke and width change.

import { memo, useMemo, type ReactNode } from 'react';
import type { Highlight } from '../../state/viewStore.ts';
import { bundleLooks, edgeStroke, edgeWidth } from './edgeLooks.ts';
import { edgePath, type GraphLayout } from './layout.ts';
import type { LayerOffsets } from './params.ts';

export interface LayerDataProps {
  layout: GraphLayout;
  offsets: LayerOffsets[];
  params: Float64Array | null;
}

/** Every connection. */
export const EdgeLayer = memo(function EdgeLayer({ layout, offsets, params }: LayerDataProps) {
  const out: ReactNode[] = [];
  layout.paths.forEach((paths, layer) => {
    const o = offsets[layer];
    const scale = layout.bands[layer].widthScale;
    if (layout.bands[layer].bundled || layout.bands[layer].dense) return; // drawn by BundleLayer, EdgeCanvas
    for (let input = 0; input < o.inputs; input++) {
      for (let unit = 0; unit < o.units; unit++) {
        const k = input * o.units + unit;
        const w = params ? params[o.kernel + k] : NaN;
        out.push(
          <path
            key={`${layer}-${input}-${unit}`}
            data-testid={`edge-${layer}-${input}-${unit}`}
            data-hit={`e:${layer}:${input}:${unit}`}
            d={paths[k]}
            stroke={edgeStroke(w)}
            strokeWidth={edgeWidth(w, scale)}
          />,
        );
      }
    }
  });
  return <>{out}</>;
});

/** A block of inputs' connections: one line per first-layer neuron standing for all its incoming weights. */
export const BundleLayer = memo(function BundleLayer({ layout, offsets, params }: { layout: GraphLayout; offsets: LayerOffsets; params: Float64Array | null }) {
  const looks = useMemo(() => bundleLooks(params, offsets), [params, offsets]);
  return (
    <>
      {layout.paths[0].map((d, unit) => (
        <path key={unit} data-testid={`bundle-${unit}`} data-hit={`u:${unit}`} d={d} stroke={looks[unit].stroke} strokeWidth={looks[unit].width} />
      ))}
    </>
  );
});

/** The emphasised connections, redrawn on top with a dark outline. */
export function EmphasisEdges({ layout, offsets, params, target }: LayerDataProps & { target: Highlight }) {
  const list: [number, number, number][] = [];
  const { layer, unit, input } = target;
  const o = offsets[layer];
  if (!o) return null;
  // A block's connections are bundles: emphasise the bundle of the neuron instead of its hundreds of weights.
  if (layout.bands[0]?.bundled && layer === 0 && unit !== undefined && (input === undefined || input >= 0) && target.edges !== 'out' && target.edges !== 'none') {
    const look = bundleLooks(params, offsets[0])[unit];
    const d = layout.paths[0][unit];
    if (d && look) {
      const next = offsets[1];
      const rest =
        next && input === undefined && target.edges !== 'in' ? <EmphasisEdges layout={layout} offsets={offsets} params={params} target={{ layer, unit, edges: 'out' }} /> : null;
      return (
        <g className="nn-emphasis" aria-hidden="true">
          <path className="nn-emphasis__halo" d={d} strokeWidth={look.width + 3} />
          <path d={d} stroke={look.stroke} strokeWidth={Math.max(1.5, look.width)} />
          {rest}
        </g>
      );
    }
  }
  if (unit !== undefined && input !== undefined) {
    if (input >= 0) list.push([layer, input, unit]);
  } else if (unit !== undefined) {
    if (target.edges === undefined || target.edges === 'in') for (let i = 0; i < o.inputs; i++) list.push([layer, i, unit]);
    const next = offsets[layer + 1];
    if (next && (target.edges === undefined || target.edges === 'out')) for (let u = 0; u < next.units; u++) list.push([layer + 1, unit, u]);
  } else if (input !== undefined && input >= 0) {
    for (let u = 0; u < o.units; u++) list.push([layer, input, u]);
  }
  return (
    <g className="nn-emphasis" aria-hidden="true">
      {list.map(([l, i, u]) => {
        const ol = offsets[l];
        if (i >= ol.inputs || u >= ol.units || layout.bands[l].bundled) return null;
        const k = i * ol.units + u;
        const w = params ? params[ol.kernel + k] : NaN;
        const width = Math.max(1.5, edgeWidth(w, layout.bands[l].widthScale));
        return (
          <g key={`${l}-${i}-${u}`}>
            <path className="nn-emphasis__halo" d={edgePath(layout, l, i, u)} strokeWidth={width + 3} />
            <path d={edgePath(layout, l, i, u)} stroke={edgeStroke(w)} strokeWidth={width} />
          </g>
        );
      })}
    </g>
  );
}
