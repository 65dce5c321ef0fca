// The network drawn as a graph: input features, hidden layers and the output, left to right.
// Each neuron shows what it computes over the plane; each connection is coloured by the sign of its
// weight and as thick as its size. Learners add and remove layers and neurons, pick activations,
// switch features, and type in any weight or bias.
//
// React owns every element. Per frame only the connection colours and widths, the bias colours and the
// neuron canvases change: geometry is memoised on the shape and the size of the panel, hovering is one
// delegated handler on the stage (no per-element listeners), and the tooltip is a single element.

import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { ActivationName, ModelSpec } from '../../engine/types.ts';
import { FEATURE_LABELS, FEATURES, type FeatureName, type Task } from '../../engine/datasets/names.ts';
import { LIMITS } from '../../setup/limits.ts';
import { DIVERGING_LUT, divergingColor, lutIndex, weightWidth } from '../colors.ts';
import { useElementSize } from '../useElementSize.ts';
import { paintFeature, paintInk, paintNeuronMaps, paintNeuronValues, PICTURE_MIN_NODE } from './heatmaps.ts';
import {
  ACTIVATION_LABELS,
  ACTIVATION_SHORT,
  HIDDEN_ACTIVATION_CHOICES,
  capitalize,
  featureLabels,
  formatValue,
  layerName,
  outputReason,
  plural,
  sourceName,
  unitName,
} from './labels.ts';
import { computeLayout, nearestEdge, LAYOUT, type FeatureSlot, type GraphLayout, type TableInputLayout } from './layout.ts';
import { paramIndex, paramOffsets, type LayerOffsets } from './params.ts';
import { parseNumber } from './parseNumber.ts';
import './network.css';

/**
 * A part of the network, shared by the graph and the weight matrices for hover and highlight.
 * `layer` is the 0-based index among dense layers (the output layer is the last).
 * - unit and input (>= 0): one connection, kernel[input][unit] of `layer`
 * - unit and input = -1: the bias of that unit
 * - unit only: a neuron (its incoming and outgoing connections, or just one side with `edges`)
 * - input only: every connection leaving input `input` of `layer`
 */
export interface NetworkTarget {
  layer: number;
  unit?: number;
  input?: number;
  /** For a neuron: emphasise only its incoming ('in') or outgoing ('out') connections, or none (just the neuron). */
  edges?: 'in' | 'out' | 'none';
}

/** A table's inputs, drawn in place of the plane's features. */
export interface GraphTableInputs {
  /** One per input, in kernel-0 row order (spec.inputs entries). */
  names: readonly string[];
  /** The inputs are the pixels of an image of this shape (digits). */
  image?: { rows: number; cols: number } | null;
  /** The followed sample's inputs as the network sees them, or null. */
  values?: ArrayLike<number> | null;
  /** What the followed sample is: "the digit you drew", "validation row 3". */
  caption?: string;
  /** The inputs were standardised (mean 0, standard deviation 1 over the training rows). */
  standardised?: boolean;
  /** Regression: the network predicts the standardised target; this turns its output into the target's units. */
  target?: { name: string; mean: number; std: number } | null;
}

export interface NetworkGraphProps {
  /** The model to draw; its layers are the hidden layers followed by the output layer. */
  spec: ModelSpec;
  /** Features switched on, in the order of the input columns (kernel 0 rows). Must have spec.inputs entries unless `tableInputs` is given. */
  activeFeatures: readonly FeatureName[];
  /** A table's inputs: replaces the feature column (and makes `activeFeatures` irrelevant). */
  tableInputs?: GraphTableInputs | null;
  /** Tables: each dense layer's outputs for the followed sample, what the nodes show having no plane. */
  activations?: readonly ArrayLike<number>[] | null;
  /** Most neurons a hidden layer may have (default: the plane's limit). */
  maxUnits?: number;
  /** Sets a hidden layer's size directly; wide layers get a number field when given. */
  onUnitsSet?: (layer: number, units: number) => void;
  /** Every parameter in Keras order; ignored (connections drawn grey) unless its length fits `spec`. */
  params: Float64Array | null;
  /** Each neuron's output over the plane; ignored unless its length fits `spec` and `neuronGridSize`. */
  neuronGrids: Float32Array | null;
  neuronGridSize: number;
  /** Explains the output layer: "sigmoid · 2 classes", "softmax · 4 classes", "linear · regression". */
  task: Task;
  /** Emphasise a part of the network, e.g. while a weight-matrix cell is hovered. */
  highlight?: NetworkTarget | null;
  onToggleFeature: (name: FeatureName) => void;
  onAddLayer: () => void;
  onRemoveLayer: () => void;
  /** `layer` is the 0-based hidden layer; delta is +1 or -1. */
  onUnitsChange: (layer: number, delta: number) => void;
  onActivationChange: (layer: number, activation: ActivationName) => void;
  /** A typed weight (input >= 0) or bias (input = -1) for unit `unit` of dense layer `layer`. */
  onEditParam: (layer: number, unit: number, input: number, value: number) => void;
  /** The hovered part of the network, or null when the pointer leaves it. */
  onHover?: (target: NetworkTarget | null) => void;
}

type Hit =
  | { kind: 'edge'; layer: number; input: number; unit: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'feature'; name: FeatureName }
  /** A table's input (listed by name), or the block of them. */
  | { kind: 'input'; input: number }
  | { kind: 'block' }
  /** All the weights from the block of inputs into one first-layer neuron. */
  | { kind: 'bundle'; unit: number };

type EditHit = Extract<Hit, { kind: 'edge' | 'bias' }>;

function hitKey(hit: Hit | null): string {
  if (!hit) return '';
  switch (hit.kind) {
    case 'edge':
      return `e:${hit.layer}:${hit.input}:${hit.unit}`;
    case 'bias':
      return `b:${hit.layer}:${hit.unit}`;
    case 'neuron':
      return `n:${hit.layer}:${hit.unit}`;
    case 'feature':
      return `f:${hit.name}`;
    case 'input':
      return `i:${hit.input}`;
    case 'block':
      return 'k';
    case 'bundle':
      return `u:${hit.unit}`;
  }
}

function parseHit(key: string | null): Hit | null {
  if (!key) return null;
  const [kind, a, b, c] = key.split(':');
  switch (kind) {
    case 'e':
      return { kind: 'edge', layer: +a, input: +b, unit: +c };
    case 'b':
      return { kind: 'bias', layer: +a, unit: +b };
    case 'n':
      return { kind: 'neuron', layer: +a, unit: +b };
    case 'f':
      return (FEATURES as readonly string[]).includes(a) ? { kind: 'feature', name: a as FeatureName } : null;
    case 'i':
      return { kind: 'input', input: +a };
    case 'k':
      return { kind: 'block' };
    case 'u':
      return { kind: 'bundle', unit: +a };
    default:
      return null;
  }
}

function targetOf(hit: Hit | null, features: readonly FeatureName[]): NetworkTarget | null {
  if (!hit) return null;
  switch (hit.kind) {
    case 'edge':
      return { layer: hit.layer, unit: hit.unit, input: hit.input };
    case 'bias':
      return { layer: hit.layer, unit: hit.unit, input: -1 };
    case 'neuron':
      return { layer: hit.layer, unit: hit.unit };
    case 'feature': {
      const input = features.indexOf(hit.name);
      return input < 0 ? null : { layer: 0, input };
    }
    case 'input':
      return { layer: 0, input: hit.input };
    case 'block':
      return null;
    case 'bundle':
      return { layer: 0, unit: hit.unit, edges: 'in' };
  }
}

/** Colour range of the connections: beyond ±1 the colour saturates and only the width keeps growing. */
const EDGE_COLOR_RANGE = 1;
const EDGE_TOLERANCE = 5;
const NO_PARAM_STROKE = '#c9d0d8';

/** 32 shades a side: finer steps look the same and would only rewrite more attributes per frame. */
const EDGE_LEVELS = 32;
const EDGE_STROKES = Array.from({ length: 2 * EDGE_LEVELS + 1 }, (_, i) => divergingColor(((i - EDGE_LEVELS) / EDGE_LEVELS) * EDGE_COLOR_RANGE, EDGE_COLOR_RANGE));

function edgeStroke(w: number): string {
  if (!Number.isFinite(w)) return NO_PARAM_STROKE;
  const t = Math.max(-1, Math.min(1, w / EDGE_COLOR_RANGE));
  return EDGE_STROKES[Math.round(t * EDGE_LEVELS) + EDGE_LEVELS];
}

function edgeWidth(w: number, scale: number): number {
  if (!Number.isFinite(w)) return 0.75;
  return Math.round(weightWidth(Math.abs(w)) * scale * 4) / 4 || 0.25;
}

function totalUnitsOf(spec: ModelSpec): number {
  return spec.layers.reduce((n, l) => n + l.units, 0);
}

/** `value`, but changing at most once per `interval` ms (the latest value always arrives). 0 = no throttle. */
function useThrottled<T>(value: T, interval: number): T {
  const [shown, setShown] = useState(value);
  const lastRef = useRef(0);
  useEffect(() => {
    if (interval <= 0) return;
    const wait = lastRef.current + interval - performance.now();
    const show = () => {
      lastRef.current = performance.now();
      setShown(() => value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, interval]);
  return interval <= 0 ? value : shown;
}

export function NetworkGraph(props: NetworkGraphProps) {
  const { spec, activeFeatures, params, neuronGrids, neuronGridSize, task, highlight, tableInputs = null, activations = null } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const mapsRef = useRef<HTMLCanvasElement>(null);
  const [, size] = useElementSize(viewportRef);

  // The shape, as a string, so a new but equal spec object from the parent keeps every memo.
  const image = tableInputs?.image ?? null;
  const inputsKey = tableInputs ? `t:${tableInputs.names.join('\u0001')}:${image ? `${image.rows}x${image.cols}` : ''}` : activeFeatures.join(',');
  const shapeKey = `${inputsKey}|${spec.layers.map((l) => l.units).join(',')}`;
  const activationKey = spec.layers.map((l) => l.activation).join(',');
  const shape = useMemo(() => {
    const labels = tableInputs ? [...tableInputs.names] : featureLabels(activeFeatures);
    return {
      features: tableInputs ? [] : [...activeFeatures],
      table: tableInputs ? { names: [...tableInputs.names], image: image !== null } : null,
      labels,
      spec: { inputs: labels.length, layers: spec.layers.map((l) => ({ ...l })) },
    };
  }, [shapeKey, activationKey]);
  const layout = useMemo(() => computeLayout(shape.spec, shape.features, size.width, size.height, shape.table), [shape, size.width, size.height]);
  const offsets = useMemo(() => paramOffsets(shape.spec.inputs, shape.spec.layers.map((l) => l.units)), [shape]);
  const bundled = layout.bands[0]?.bundled ?? false;

  const validParams = params && params.length === offsets.total ? params : null;
  // Big networks redraw their connections a few times a second rather than every frame: thousands of
  // paths cost far more to repaint than the neuron canvases, and weights move slowly anyway.
  const edgeCount = offsets.total - totalUnitsOf(shape.spec);
  const throttled = useThrottled(validParams, edgeCount > 300 ? Math.min(100, edgeCount / 20) : 0);
  const drawnParams = throttled && throttled.length === offsets.total ? throttled : validParams;
  const totalUnits = totalUnitsOf(shape.spec);
  const validGrids = neuronGrids && neuronGridSize > 0 && neuronGrids.length === totalUnits * neuronGridSize * neuronGridSize ? neuronGrids : null;

  // Paint every neuron's heatmap into one canvas when the grids change (or the layout does). A table has
  // no plane: its neurons show their output for the followed sample, or (images) their weights as pictures.
  const validActivations = activations && activations.length === shape.spec.layers.length ? activations : null;
  const pictureParams = image && layout.layers[0] && layout.layers[0].size >= PICTURE_MIN_NODE ? drawnParams : null;
  useEffect(() => {
    const canvas = mapsRef.current;
    if (!canvas) return;
    if (!shape.table) {
      paintNeuronMaps(canvas, layout, shape.spec, validGrids, neuronGridSize);
      return;
    }
    const firstLayer = pictureParams && image ? { kernel: pictureParams, offset: offsets.layers[0].kernel, rows: image.rows, cols: image.cols } : null;
    paintNeuronValues(canvas, layout, shape.spec, { activations: validActivations, firstLayer });
  }, [validGrids, neuronGridSize, shape, layout, validActivations, pictureParams, image, offsets]);

  const [hover, setHover] = useState<{ hit: Hit; x: number; y: number } | null>(null);
  const [editor, setEditor] = useState<{ hit: EditHit; x: number; y: number; initial: string; opener: Element | null } | null>(null);
  const hoverKeyRef = useRef('');
  const onHoverRef = useRef(props.onHover);
  useLayoutEffect(() => {
    onHoverRef.current = props.onHover;
  });

  const reportHover = useCallback(
    (hit: Hit | null) => {
      const key = hitKey(hit);
      if (key === hoverKeyRef.current) return;
      hoverKeyRef.current = key;
      onHoverRef.current?.(targetOf(hit, shape.features));
    },
    [shape],
  );

  // Forget a hover whose element has gone (a layer or neuron removed).
  useEffect(() => {
    setHover(null);
    setEditor(null);
    reportHover(null);
  }, [shape, reportHover]);

  const locate = (e: { clientX: number; clientY: number; target: EventTarget }): { hit: Hit | null; x: number; y: number } | null => {
    const stage = stageRef.current;
    if (!stage) return null;
    const rect = stage.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const target = e.target as Element;
    if (target.closest?.('.nn-head, .nn-editor')) return null;
    const el = target.closest?.('[data-hit]');
    if (el && stage.contains(el)) return { hit: parseHit(el.getAttribute('data-hit')), x, y };
    for (let layer = 0; layer < layout.bands.length; layer++) {
      const band = layout.bands[layer];
      const near = nearestEdge(band, x, y, EDGE_TOLERANCE);
      if (near && band.bundled) return { hit: { kind: 'bundle', unit: near.unit }, x, y };
      if (near) return { hit: { kind: 'edge', layer, input: near.input, unit: near.unit }, x, y };
    }
    return { hit: null, x, y };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const found = locate(e);
    const hit = found?.hit ?? null;
    if (!found || !hit) {
      if (hover) setHover(null);
      reportHover(null);
      return;
    }
    setHover({ hit, x: found.x, y: found.y });
    reportHover(hit);
  };

  const onPointerLeave = () => {
    setHover(null);
    reportHover(null);
  };

  const openEditor = (hit: EditHit, x: number, y: number, opener: Element | null) => {
    const value = paramValue(hit.layer, hit.unit, hit.kind === 'bias' ? -1 : hit.input);
    setHover(null);
    setEditor({ hit, x, y, opener, initial: Number.isFinite(value) ? formatValue(value) : '' });
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if ((e.target as Element).closest?.('button, select, input, label, form')) return;
    const found = locate(e);
    const hit = found?.hit;
    if (found && hit && (hit.kind === 'edge' || hit.kind === 'bias')) openEditor(hit, found.x, found.y, null);
  };

  // Bias markers are focusable: focus shows the value, Enter or Space opens the editor.
  const markerPoint = (el: Element) => {
    const stage = stageRef.current!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2 - stage.left, y: r.top + r.height / 2 - stage.top };
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const hit = parseHit((e.target as Element).getAttribute?.('data-hit') ?? null);
    if (hit?.kind !== 'bias') return;
    setHover({ hit, ...markerPoint(e.target) });
    reportHover(hit);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (parseHit((e.target as Element).getAttribute?.('data-hit') ?? null)?.kind !== 'bias') return;
    setHover(null);
    reportHover(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const hit = parseHit((e.target as Element).getAttribute?.('data-hit') ?? null);
    if (hit?.kind !== 'bias') return;
    e.preventDefault();
    const p = markerPoint(e.target as Element);
    openEditor(hit, p.x, p.y, e.target as Element);
  };

  const closeEditor = (restoreFocus: boolean) => {
    const opener = editor?.opener;
    setEditor(null);
    if (restoreFocus && opener && opener.isConnected) (opener as HTMLElement | SVGElement).focus();
  };

  const paramValue = (layer: number, unit: number, input: number): number =>
    validParams ? validParams[paramIndex(offsets.layers[layer], unit, input)] : NaN;

  const hovered = hover ? targetOf(hover.hit, shape.features) : null;
  const emphasis = editor ? targetOf(editor.hit, shape.features) : (hovered ?? highlight ?? null);
  const featureEmphasis = emphasis && emphasis.layer === 0 && emphasis.input !== undefined && emphasis.input >= 0 ? shape.features[emphasis.input] : hover?.hit.kind === 'feature' ? hover.hit.name : null;
  const inputEmphasis = emphasis && emphasis.layer === 0 && emphasis.unit === undefined && emphasis.input !== undefined ? emphasis.input : -1;
  const maxUnits = props.maxUnits ?? LIMITS.units.max;
  const hidden = shape.spec.layers.length - 1;
  const output = shape.spec.layers[hidden];
  const reason = outputReason(task, output.units, output.activation);

  return (
    <div className="nn-graph" data-testid="network-graph">
      <div className="nn-graph__toolbar">
        <div className="nn-graph__layers" role="group" aria-label="Hidden layers">
          <button
            type="button"
            className="nn-btn"
            aria-label="Remove hidden layer"
            title="Remove the last hidden layer"
            disabled={hidden <= LIMITS.hiddenLayers.min}
            onClick={props.onRemoveLayer}
          >
            − layer
          </button>
          <span className="nn-graph__count">{plural(hidden, 'hidden layer')}</span>
          <button
            type="button"
            className="nn-btn"
            aria-label="Add hidden layer"
            title="Add a hidden layer after the last one"
            disabled={hidden >= LIMITS.hiddenLayers.max}
            onClick={props.onAddLayer}
          >
            + layer
          </button>
        </div>
        <EdgeLegend bundled={bundled} />
      </div>
      <div className="nn-graph__viewport" ref={viewportRef}>
        <div
          className="nn-graph__stage"
          ref={stageRef}
          style={{ width: layout.width, height: layout.height }}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
          onClick={onClick}
          onFocus={onFocus}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
        >
          <svg className="nn-graph__svg" width={layout.width} height={layout.height} aria-hidden="true">
            <g className={emphasis ? 'nn-edges is-dimmed' : 'nn-edges'}>
              <EdgeLayer layout={layout} offsets={offsets.layers} params={drawnParams} />
              {bundled && <BundleLayer layout={layout} offsets={offsets.layers[0]} params={drawnParams} />}
            </g>
            {emphasis && <EmphasisEdges layout={layout} offsets={offsets.layers} params={validParams} target={emphasis} />}
          </svg>
          <canvas ref={mapsRef} className="nn-graph__maps" data-testid="neuron-maps" style={{ width: layout.width, height: layout.height }} aria-hidden="true" />

          <div className={layout.compact ? 'nn-head nn-head--input is-compact' : 'nn-head nn-head--input'} style={{ left: layout.inputHead.left, width: layout.inputHead.width }}>
            <span className="nn-head__title">Inputs</span>
            <span className="nn-head__note">{inputNote(shape.labels.length, image, tableInputs)}</span>
          </div>
          {shape.spec.layers.slice(0, hidden).map((layer, i) => (
            <LayerHead
              key={i}
              index={i}
              units={layer.units}
              activation={layer.activation}
              left={layout.layers[i].headLeft}
              width={layout.layers[i].headWidth}
              compact={layout.compact}
              maxUnits={maxUnits}
              onUnitsChange={props.onUnitsChange}
              onUnitsSet={props.onUnitsSet}
              onActivationChange={props.onActivationChange}
            />
          ))}
          <div className={layout.compact ? 'nn-head nn-head--output is-compact' : 'nn-head nn-head--output'} style={{ left: layout.layers[hidden].headLeft, width: layout.layers[hidden].headWidth }} title={reason.explanation}>
            <span className="nn-head__title">Output</span>
            <span className="nn-head__why">
              <span className="nn-nowrap">{reason.activation} ·</span> <span className="nn-nowrap">{reason.reason}</span>
            </span>
          </div>

          {layout.features.map((slot) => (
            <FeatureButton
              key={slot.name}
              slot={slot}
              on={slot.input >= 0}
              onlyOne={activeFeatures.length <= 1}
              emphasised={featureEmphasis === slot.name}
              onToggle={props.onToggleFeature}
            />
          ))}
          {layout.table && (
            <TableInputColumn table={layout.table} image={image} values={tableInputs?.values ?? null} caption={tableInputs?.caption ?? ''} emphasised={inputEmphasis} />
          )}

          {/* After the controls in the DOM, so Tab reaches layer controls and features before the bias markers. */}
          <svg className="nn-graph__svg nn-graph__svg--nodes" width={layout.width} height={layout.height} role="group" aria-label="Neurons">
            <NodeLayer layout={layout} spec={shape.spec} offsets={offsets.layers} params={drawnParams} />
            {emphasis && <EmphasisNodes layout={layout} target={emphasis} />}
          </svg>
          {hover && !editor && (
            <Tooltip x={hover.x} y={hover.y} stageWidth={layout.width}>
              {describe(hover.hit, shape.spec, shape.features, shape.labels, paramValue, activeFeatures.length, {
                params: validParams,
                offsets: offsets.layers,
                activations: validActivations,
                tableInputs,
                pictures: pictureParams !== null,
              })}
            </Tooltip>
          )}
          {editor && (
            <ParamEditor
              key={hitKey(editor.hit)}
              label={editorLabel(editor.hit, shape.spec, shape.labels)}
              initial={editor.initial}
              x={editor.x}
              y={editor.y}
              stageWidth={layout.width}
              stageHeight={layout.height}
              onApply={(value) => {
                const hit = editor.hit;
                props.onEditParam(hit.layer, hit.unit, hit.kind === 'bias' ? -1 : hit.input, value);
                closeEditor(true);
              }}
              onCancel={closeEditor}
            />
          )}
        </div>
      </div>
    </div>
  );
}

function editorLabel(hit: EditHit, spec: ModelSpec, labels: readonly string[]): string {
  return hit.kind === 'bias'
    ? `Bias of ${unitName(spec, hit.layer, hit.unit)}`
    : `Weight from ${sourceName(spec, labels, hit.layer, hit.input)} to ${unitName(spec, hit.layer, hit.unit)}`;
}

/** The note under "Inputs": how many features are on, or what a table's inputs are. */
function inputNote(count: number, image: { rows: number; cols: number } | null, table: GraphTableInputs | null): string {
  if (!table) return `${count} of ${FEATURES.length} on`;
  if (image) return `${count} pixels (${image.rows}×${image.cols})`;
  return `${plural(count, table.standardised ? 'column' : 'input')}${table.standardised ? ', standardised' : ''}`;
}

const RANGE_NOTE: Partial<Record<ActivationName, string>> = {
  sigmoid: 'orange ≈ 0, white 0.5, blue ≈ 1',
  softmax: 'white 0 to full colour 1',
  tanh: 'orange −1, white 0, blue +1',
};

/** What the tooltip needs beyond the hit: the numbers behind bundles, table inputs and neuron values. */
interface DescribeContext {
  params: Float64Array | null;
  offsets: LayerOffsets[];
  activations: readonly ArrayLike<number>[] | null;
  tableInputs: GraphTableInputs | null;
  /** The first layer's neurons show their weights as pictures. */
  pictures: boolean;
}

/** Mean and root mean square of the weights from every input into `unit` of the first layer. */
function bundleStats(params: Float64Array, o: LayerOffsets, unit: number): { mean: number; rms: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < o.inputs; i++) {
    const w = params[o.kernel + i * o.units + unit];
    sum += w;
    squares += w * w;
  }
  return { mean: sum / o.inputs, rms: Math.sqrt(squares / o.inputs) };
}

function describe(
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
            w = {show(value(hit.layer, hit.unit, hit.input))} from {sourceName(spec, labels, hit.layer, hit.input)} to neuron {hit.unit + 1} of{' '}
            {layerName(spec, hit.layer)}
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
          <span className="nn-tooltip__hint">
            {on && activeCount <= 1 ? 'At least one input must stay on' : `Click to turn it ${on ? 'off' : 'on'}`}
          </span>
        </>
      );
    }
    case 'input': {
      const v = context.tableInputs?.values?.[hit.input];
      return (
        <>
          <strong>Input {hit.input + 1}: {labels[hit.input]}</strong>
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
            {image ? 'Each pixel is one input, 0 (white) to 1 (ink).' : `Too many to draw one by one; ${context.tableInputs?.values ? `shown for ${sample}, ` : ''}the Weights tab has every weight.`}
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

function EdgeLegend({ bundled }: { bundled: boolean }) {
  return (
    <div className="nn-legend" aria-hidden="true">
      <svg width="22" height="10">
        <line x1="1" y1="5" x2="21" y2="5" stroke={divergingColor(-1, 1)} strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span>negative</span>
      <svg width="22" height="10">
        <line x1="1" y1="5" x2="21" y2="5" stroke={divergingColor(1, 1)} strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span>positive weight</span>
      <span className="nn-legend__note">{bundled ? 'thicker = larger · inputs: one bundle per neuron' : 'thicker = larger · click a line to edit'}</span>
    </div>
  );
}

interface LayerHeadProps {
  index: number;
  units: number;
  activation: ActivationName;
  left: number;
  width: number;
  compact: boolean;
  maxUnits: number;
  onUnitsChange: (layer: number, delta: number) => void;
  onUnitsSet?: (layer: number, units: number) => void;
  onActivationChange: (layer: number, activation: ActivationName) => void;
}

function LayerHead({ index, units, activation, left, width, compact, maxUnits, onUnitsChange, onUnitsSet, onActivationChange }: LayerHeadProps) {
  const n = index + 1;
  // Layers that may be wide (tables) take a typed size: 128 clicks on + would be no way to get there.
  const typed = onUnitsSet && maxUnits > LIMITS.units.max;
  return (
    <div className={compact ? 'nn-head nn-head--hidden is-compact' : 'nn-head nn-head--hidden'} style={{ left, width }}>
      <span className="nn-head__title">Layer {n}</span>
      <div className="nn-units">
        <button
          type="button"
          className="nn-btn nn-btn--mini"
          aria-label={`Remove neuron from layer ${n}`}
          disabled={units <= LIMITS.units.min}
          onClick={() => onUnitsChange(index, -1)}
        >
          −
        </button>
        {typed ? (
          <UnitsField key={units} layer={n} units={units} max={maxUnits} onCommit={(v) => onUnitsSet(index, v)} />
        ) : (
          <span className="nn-units__count" title={`${plural(units, 'neuron')} in layer ${n}`}>
            {units}
          </span>
        )}
        <button
          type="button"
          className="nn-btn nn-btn--mini"
          aria-label={`Add neuron to layer ${n}`}
          disabled={units >= maxUnits}
          onClick={() => onUnitsChange(index, +1)}
        >
          +
        </button>
      </div>
      <label className="nn-select" title={`Activation of layer ${n}: ${ACTIVATION_LABELS[activation]}`}>
        <span className="nn-select__text" aria-hidden="true">
          {compact ? ACTIVATION_SHORT[activation] : ACTIVATION_LABELS[activation].replace(' (none)', '')}
        </span>
        <select
          aria-label={`Activation of layer ${n}`}
          value={activation}
          onChange={(e) => onActivationChange(index, e.target.value as ActivationName)}
        >
          {HIDDEN_ACTIVATION_CHOICES.map((a) => (
            <option key={a} value={a}>
              {ACTIVATION_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A layer's size as a small text field: Enter or leaving it applies, Escape restores. */
function UnitsField({ layer, units, max, onCommit }: { layer: number; units: number; max: number; onCommit: (units: number) => void }) {
  const [text, setText] = useState(String(units));
  const commit = () => {
    const v = Number(text.trim());
    if (Number.isFinite(v) && text.trim() !== '' && Math.round(v) !== units) onCommit(Math.round(v));
    else setText(String(units));
  };
  return (
    <input
      className="nn-units__field"
      type="text"
      inputMode="numeric"
      aria-label={`Neurons in layer ${layer}`}
      title={`Neurons in layer ${layer}: 1 to ${max}`}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setText(String(units));
        }
      }}
    />
  );
}

interface FeatureButtonProps {
  slot: FeatureSlot;
  on: boolean;
  onlyOne: boolean;
  emphasised: boolean;
  onToggle: (name: FeatureName) => void;
}

const FeatureButton = memo(function FeatureButton({ slot, on, onlyOne, emphasised, onToggle }: FeatureButtonProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvasRef.current) paintFeature(canvasRef.current, slot.name);
  }, [slot.name]);
  const label = FEATURE_LABELS[slot.name];
  const height = Math.max(slot.thumb, 20);
  const locked = on && onlyOne;
  return (
    <button
      type="button"
      className={`nn-feature${on ? ' is-on' : ''}${emphasised ? ' is-emphasised' : ''}`}
      data-hit={`f:${slot.name}`}
      style={{ left: slot.left, top: slot.y - height / 2, height, width: LAYOUT.labelWidth + LAYOUT.labelGap + slot.thumb }}
      aria-pressed={on}
      aria-label={`Feature ${label}, ${on ? 'on' : 'off'}`}
      disabled={locked}
      title={locked ? 'At least one input must stay on' : undefined}
      onClick={() => onToggle(slot.name)}
    >
      <span className="nn-feature__label">{label}</span>
      <canvas ref={canvasRef} className="nn-feature__thumb" style={{ width: slot.thumb, height: slot.thumb }} />
    </button>
  );
});

interface TableInputColumnProps {
  table: TableInputLayout;
  image: { rows: number; cols: number } | null;
  values: ArrayLike<number> | null;
  caption: string;
  /** Input whose connections are emphasised, or -1. */
  emphasised: number;
}

/** Standardised inputs read well on a ±2 scale: two standard deviations from the mean saturate. */
const INPUT_COLOR_RANGE = 2;

/**
 * A table's inputs: each by name with a small node in the colour of its value for the followed sample,
 * or, when there are too many, one block: the picture itself for images, a strip of values otherwise.
 */
function TableInputColumn({ table, image, values, caption, emphasised }: TableInputColumnProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const block = table.block;
  const count = image ? image.rows * image.cols : 0;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !block) return;
    if (image) {
      paintInk(canvas, values && values.length === count ? values : null, image.rows, image.cols);
      return;
    }
    // A strip of values, one row per input, on the diverging scale of the listed inputs.
    const n = values?.length ?? 0;
    paintStrip(canvas, values, n);
  }, [block, image, values, count]);

  if (table.mode === 'block' && block) {
    return (
      <div className="nn-input-block" data-hit="k" style={{ left: block.left, top: block.top, width: block.width, height: block.height }}>
        <canvas ref={canvasRef} className={image ? 'nn-input-block__image' : 'nn-input-block__strip'} aria-hidden="true" />
        {caption && (
          <span className="nn-input-block__caption" style={{ width: Math.max(block.width, 90) }}>
            {caption}
          </span>
        )}
      </div>
    );
  }
  return (
    <>
      {table.rows.map((row, i) => {
        const v = values && values.length === table.rows.length ? values[i] : NaN;
        return (
          <div
            key={i}
            className={`nn-table-input${emphasised === i ? ' is-emphasised' : ''}`}
            data-hit={`i:${i}`}
            style={{ left: table.labelLeft, top: row.y - 10, width: table.labelWidth + LAYOUT.labelGap + table.nodeSize }}
          >
            <span className="nn-table-input__label" style={{ width: table.labelWidth }} title={row.name}>
              {row.name}
            </span>
            <span
              className="nn-table-input__node"
              style={{ width: table.nodeSize, height: table.nodeSize, background: Number.isFinite(v) ? divergingColor(v, INPUT_COLOR_RANGE) : undefined }}
            />
          </div>
        );
      })}
    </>
  );
}

function paintStrip(canvas: HTMLCanvasElement, values: ArrayLike<number> | null, n: number): void {
  const rows = Math.max(1, n);
  if (canvas.width !== 1) canvas.width = 1;
  if (canvas.height !== rows) canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(1, rows);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, values![i]);
    hi = Math.max(hi, values![i]);
  }
  // Values of any range: symmetric around 0 when they have both signs, else from white at the smallest.
  const symmetric = lo < 0 && hi > 0;
  const range = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  for (let i = 0; i < rows; i++) {
    const p = i * 4;
    if (!values || n === 0) {
      image.data.set([238, 241, 244, 255], p);
      continue;
    }
    const t = symmetric ? values[i] : (values[i] - lo) / (hi - lo || 1);
    const c = lutIndex(t, symmetric ? -range : -1, 1) * 3;
    image.data.set([DIVERGING_LUT[c], DIVERGING_LUT[c + 1], DIVERGING_LUT[c + 2], 255], p);
  }
  ctx.putImageData(image, 0, 0);
}

interface LayerDataProps {
  layout: GraphLayout;
  offsets: LayerOffsets[];
  params: Float64Array | null;
}

/** Every connection. Geometry comes memoised from the layout; per frame only stroke and width change. */
const EdgeLayer = memo(function EdgeLayer({ layout, offsets, params }: LayerDataProps) {
  const out: ReactNode[] = [];
  layout.paths.forEach((paths, layer) => {
    const o = offsets[layer];
    const scale = layout.bands[layer].widthScale;
    if (layout.bands[layer].bundled) return; // drawn by BundleLayer
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

/** How each bundle looks: colour by the mean weight (scaled to the layer's largest mean), width by the root mean square. */
function bundleLooks(params: Float64Array | null, o: LayerOffsets): { stroke: string; width: number }[] {
  const stats = Array.from({ length: o.units }, (_, u) => (params ? bundleStats(params, o, u) : null));
  const maxMean = Math.max(1e-12, ...stats.map((s) => (s ? Math.abs(s.mean) : 0)));
  const maxRms = Math.max(1e-12, ...stats.map((s) => (s ? s.rms : 0)));
  return stats.map((s) =>
    s && Number.isFinite(s.mean) ? { stroke: divergingColor(s.mean, maxMean), width: 0.75 + 3.25 * (s.rms / maxRms) } : { stroke: NO_PARAM_STROKE, width: 0.75 },
  );
}

/** A block of inputs' connections: one line per first-layer neuron standing for all its incoming weights. */
const BundleLayer = memo(function BundleLayer({ layout, offsets, params }: { layout: GraphLayout; offsets: LayerOffsets; params: Float64Array | null }) {
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
function EmphasisEdges({ layout, offsets, params, target }: LayerDataProps & { target: NetworkTarget }) {
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
      const rest = next && input === undefined && target.edges !== 'in' ? <EmphasisEdges layout={layout} offsets={offsets} params={params} target={{ layer, unit, edges: 'out' }} /> : null;
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
            <path className="nn-emphasis__halo" d={layout.paths[l][k]} strokeWidth={width + 3} />
            <path d={layout.paths[l][k]} stroke={edgeStroke(w)} strokeWidth={width} />
          </g>
        );
      })}
    </g>
  );
}

function EmphasisNodes({ layout, target }: { layout: GraphLayout; target: NetworkTarget }) {
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

interface NodeLayerProps extends LayerDataProps {
  spec: ModelSpec;
}

/** Neurons over their canvases: a frame (also what the pointer hits) and the bias marker on the lower-left corner. */
const NodeLayer = memo(function NodeLayer({ layout, spec, offsets, params }: NodeLayerProps) {
  return (
    <g className="nn-neurons">
      {layout.layers.map((col, layer) =>
        col.ys.map((y, unit) => {
          const s = col.size;
          const x0 = col.x - col.nodeWidth / 2;
          const y0 = y - s / 2;
          const bs = col.biasSize;
          const b = params ? params[offsets[layer].bias + unit] : NaN;
          const name = capitalize(unitName(spec, layer, unit));
          // The slivers of a wide layer are too thin for a bias marker; the Weights tab has their biases.
          const biasMarker = s >= 8;
          return (
            <g
              key={`${layer}-${unit}`}
              className="nn-neuron"
              data-testid={`neuron-${layer}-${unit}`}
              data-hit={`n:${layer}:${unit}`}
              role="group"
              aria-label={`${name}, ${ACTIVATION_LABELS[spec.layers[layer].activation]}`}
            >
              <rect className="nn-neuron__frame" x={x0} y={y0} width={col.nodeWidth} height={s} rx={Math.min(5, s / 5)} />
              {biasMarker && <rect
                className="nn-bias"
                data-hit={`b:${layer}:${unit}`}
                role="button"
                tabIndex={0}
                aria-label={`${name} bias`}
                x={x0 - bs / 2}
                y={y0 + s - bs / 2}
                width={bs}
                height={bs}
                rx={1.5}
                fill={edgeStroke(b)}
              />}
            </g>
          );
        }),
      )}
    </g>
  );
});

function Tooltip({ x, y, stageWidth, children }: { x: number; y: number; stageWidth: number; children: ReactNode }) {
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

interface ParamEditorProps {
  label: string;
  initial: string;
  x: number;
  y: number;
  stageWidth: number;
  stageHeight: number;
  onApply: (value: number) => void;
  /** restoreFocus: the learner pressed Escape (rather than clicking away). */
  onCancel: (restoreFocus: boolean) => void;
}

const EDITOR_WIDTH = 220;

function ParamEditor({ label, initial, x, y, stageWidth, stageHeight, onApply, onCancel }: ParamEditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const id = useId();
  const left = Math.max(4, Math.min(x - 24, stageWidth - EDITOR_WIDTH - 4));
  const above = y > stageHeight - 110;
  return (
    <form
      className="nn-editor"
      style={{ left, top: above ? y - 10 : y + 10, width: EDITOR_WIDTH, transform: above ? 'translateY(-100%)' : undefined }}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === initial && initial !== '') return onCancel(true);
        const result = parseNumber(text);
        if (result.ok) onApply(result.value);
        else setError(result.message);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel(true);
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onCancel(false);
      }}
    >
      <label className="nn-editor__label" htmlFor={id}>
        {label}
      </label>
      <div className="nn-editor__row">
        <input
          id={id}
          className="nn-editor__input"
          autoFocus
          value={text}
          spellCheck={false}
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
        />
        {/* Keep the focus in the field: a click that blurred it first would close the editor. */}
        <button type="submit" className="nn-btn nn-btn--primary" onMouseDown={(e) => e.preventDefault()}>
          Set
        </button>
      </div>
      <p id={`${id}-msg`} className={error ? 'nn-editor__msg is-error' : 'nn-editor__msg'} role="alert">
        {error}
      </p>
      {!error && <p className="nn-editor__hint">Enter to set · Esc to cancel</p>}
    </form>
  );
}
