// The one tooltip of the graph, and what it says about each part of the network. Loaded on the first
// hover (see lazyParts.ts): the first screen shows no tooltip.

import type { ReactNode } from 'react';
import { FEATURE_LABELS, type FeatureName } from '../../engine/datasets/names.ts';
import type { ActivationName, ModelSpec } from '../../engine/types.ts';
import { bundleStats } from './edgeLooks.ts';
import type { GraphTableInputs } from './graphTypes.ts';
import type { Hit } from './hits.ts';
import { ACTIVATION_LABELS, formatValue, layerName, sourceName } from './labels.ts';
import type { LayerOffsets } from './params.ts';

export function Tooltip({ x, y, stageWidth, children }: { x: number; y: number; stageWidth: number; children: ReactNode }) {
  const flip = x > stageWidth - 240;
  return (
    <div
      className="nn-tooltip"
      role="tooltip"
      data-testid="network-tooltip"
      style={{ left: flip ? x - 14 : x + 14, top: y + 16, transform: flip ? 'translateX(-100%)' : undefined }}
    >
      {children}
    </div>
  );
}

const RANGE_NOTE: Partial<Record<ActivationName, string>> = {
  sigmoid: 'orange ≈ 0, white 0.5, blue ≈ 1',
  softmax: 'white 0 to full colour 1',
  tanh: 'orange −1, white 0, blue +1',
};

/** What the tooltip needs beyond the hit: the numbers behind bundles, table inputs and neuron values. */
export interface DescribeContext {
  params: Float64Array | null;
  offsets: LayerOffsets[];
  activations: readonly ArrayLike<number>[] | null;
  tableInputs: GraphTableInputs | null;
  /** The first layer's neurons show their weights as pictures. */
  pictures: boolean;
}

export function describe(
  hit: Hit,
  spec: ModelSpec,
  features: readonly FeatureName[],
  labels: readonly string[],
  value: (layer: number, unit: number, input: number) => number,
  activeCount: number,
  context: DescribeContext,
) {
  const show = (v: number) => (Number.isNaN(v) ? '…' : formatValue(v));
  const sample = context.tableInputs?.caption || 'the followed sample';
  switch (hit.kind) {
    case 'edge':
      return (
        <>
          <strong>
            w = {show(value(hit.layer, hit.unit, hit.input))} from {sourceName(spec, labels, hit.layer, hit.input)} to neuron {hit.unit + 1} of {layerName(spec, hit.layer)}
          </strong>
          <span className="nn-tooltip__hint">Click to type a new weight</span>
        </>
      );
    case 'bias':
      return (
        <>
          <strong>
            b = {show(value(hit.layer, hit.unit, -1))}, bias of neuron {hit.unit + 1} of {layerName(spec, hit.layer)}
          </strong>
          <span className="nn-tooltip__hint">Click or press Enter to type a new bias</span>
        </>
      );
    case 'neuron': {
      const activation = spec.layers[hit.layer]?.activation ?? 'linear';
      const output = context.activations?.[hit.layer]?.[hit.unit];
      return (
        <>
          <strong>
            Neuron {hit.unit + 1} of {layerName(spec, hit.layer)} · {ACTIVATION_LABELS[activation]}
          </strong>
          <span>b = {show(value(hit.layer, hit.unit, -1))}</span>
          {context.tableInputs ? (
            <span className="nn-tooltip__hint">
              {output === undefined ? 'No sample to follow yet' : `Output for ${sample}: ${formatValue(output)}`}
              {output !== undefined && context.tableInputs.target && hit.layer === spec.layers.length - 1
                ? ` (the standardised ${context.tableInputs.target.name}: ${formatValue(output)} × ${formatValue(context.tableInputs.target.std)} + ${formatValue(context.tableInputs.target.mean)} = ${formatValue(output * context.tableInputs.target.std + context.tableInputs.target.mean)})`
                : ''}
              {hit.layer === 0 && context.pictures ? '. The picture is its incoming weights, one per pixel: blue positive, orange negative' : ''}
            </span>
          ) : (
            <span className="nn-tooltip__hint">Its output over the plane: {RANGE_NOTE[activation] ?? 'orange negative, white 0, blue positive'}</span>
          )}
        </>
      );
    }
    case 'feature': {
      const on = features.includes(hit.name);
      return (
        <>
          <strong>
            Input {FEATURE_LABELS[hit.name]} · {on ? 'on' : 'off'}
          </strong>
          <span className="nn-tooltip__hint">{on && activeCount <= 1 ? 'At least one input must stay on' : `Click to turn it ${on ? 'off' : 'on'}`}</span>
        </>
      );
    }
    case 'input': {
      const v = context.tableInputs?.values?.[hit.input];
      return (
        <>
          <strong>
            Input {hit.input + 1}: {labels[hit.input]}
          </strong>
          {v !== undefined && (
            <span>
              {formatValue(v)} for {sample}
              {context.tableInputs?.standardised ? ' (standardised: 0 is the training mean, ±1 one standard deviation)' : ''}
            </span>
          )}
        </>
      );
    }
    case 'block': {
      const image = context.tableInputs?.image;
      return (
        <>
          <strong>{image ? `${labels.length} inputs: the ${image.rows}×${image.cols} pixels of ${sample}` : `${labels.length} inputs`}</strong>
          <span className="nn-tooltip__hint">
            {image
              ? 'Each pixel is one input, 0 (white) to 1 (ink).'
              : `Too many to draw one by one; ${context.tableInputs?.values ? `shown for ${sample}, ` : ''}the Weights tab has every weight.`}
          </span>
        </>
      );
    }
    case 'bundle': {
      const o = context.offsets[0];
      const stats = context.params && o ? bundleStats(context.params, o, hit.unit) : null;
      return (
        <>
          <strong>
            {o?.inputs ?? labels.length} weights into neuron {hit.unit + 1} of {layerName(spec, 0)}
          </strong>
          {stats && (
            <span>
              mean {formatValue(stats.mean)} · root mean square {formatValue(stats.rms)}
            </span>
          )}
          <span className="nn-tooltip__hint">
            One line stands for all of them: its colour is their mean (orange negative, blue positive), its width their root mean square. The Weights tab shows each one.
          </span>
        </>
      );
    }
  }
}

export interface HoverCardProps extends DescribeContext {
  x: number;
  y: number;
  stageWidth: number;
  hit: Hit;
  spec: ModelSpec;
  features: readonly FeatureName[];
  labels: readonly string[];
  value: (layer: number, unit: number, input: number) => number;
  activeCount: number;
}

/** The tooltip with what it says about the hovered part, as one component to load on first use. */
export function HoverCard({ x, y, stageWidth, hit, spec, features, labels, value, activeCount, ...context }: HoverCardProps) {
  return (
    <Tooltip x={x} y={y} stageWidth={stageWidth}>
      {describe(hit, spec, features, labels, value, activeCount, context)}
    </Tooltip>
  );
}
