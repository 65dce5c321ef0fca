// Where everything in the network graph goes, from the space available. Pure: no DOM, so it is tested.
//
// Columns run left to right: the input features (all seven, active or not), each hidden layer, the output.
// Each column's nodes are centred vertically; node size shrinks with the number of rows and the column gap.
// When the space is too small the stage grows past it (the panel then scrolls) rather than overlapping.

import { FEATURES, type FeatureName } from '../../engine/data/names.ts';
import type { ModelSpec } from '../../engine/types.ts';

export const LAYOUT = {
  pad: 8,
  /** Height of the header above the columns (layer title, neuron buttons, activation). */
  headerHeight: 74,
  /** Width of a feature's label, left of its thumbnail. */
  labelWidth: 52,
  labelGap: 4,
  /** Room the output header needs, centred on the output column. */
  outputHeadWidth: 84,
  /** Smallest distance between two column centres. */
  minColumnSpacing: 52,
  // Small enough that 16 neurons a layer fit the panel at 1440x900 without scrolling.
  minNode: 9,
  maxNode: 44,
  minThumb: 14,
  maxThumb: 32,
  /** Vertical gap kept between two nodes at least. */
  minRowGap: 2,
  defaultWidth: 640,
  defaultHeight: 480,
} as const;

export interface FeatureSlot {
  name: FeatureName;
  /** Index among the network's inputs (kernel row of layer 0), or -1 when switched off. */
  input: number;
  /** Left edge of the feature button, and its vertical centre. */
  left: number;
  y: number;
  /** Side of the thumbnail; the thumbnail's right edge is `edgeX`. */
  thumb: number;
}

export interface LayerColumn {
  /** Centre of the column. */
  x: number;
  /** Side of each node. */
  size: number;
  /** Vertical centre of each unit. */
  ys: number[];
  /** Side of the bias marker. */
  biasSize: number;
  /** Header box: left edge and width. */
  headLeft: number;
  headWidth: number;
}

export interface EdgeBand {
  /** Where edges leave the sources (right edges) and reach the targets (left edges). */
  x0: number;
  x1: number;
  /** y of each source (input index) and each target (unit). */
  y0: number[];
  y1: number[];
  /** Multiplier for stroke widths, below 1 when rows are crowded. */
  widthScale: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** The node area, below the header. */
  top: number;
  bottom: number;
  columnSpacing: number;
  /** True when columns are narrow: headers use short labels. */
  compact: boolean;
  features: FeatureSlot[];
  /** x of the right edge of the feature thumbnails: where input edges start. */
  edgeX: number;
  inputHead: { left: number; width: number };
  /** One per dense layer, hidden layers then the output layer. */
  layers: LayerColumn[];
  /** One per dense layer: the connections into it. */
  bands: EdgeBand[];
  /** SVG path of every connection: paths[layer][input * units + unit], Keras kernel order. */
  paths: string[][];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Evenly spaced centres around the middle of [top, bottom], at most `maxStep` apart. */
function rowCentres(count: number, top: number, bottom: number, maxStep: number): number[] {
  const slot = (bottom - top) / count;
  const step = Math.min(slot, maxStep);
  const mid = (top + bottom) / 2;
  const first = mid - (step * (count - 1)) / 2;
  return Array.from({ length: count }, (_, i) => r1(first + i * step));
}

/** A horizontal cubic link (as d3.linkHorizontal draws it): control points halfway across. */
export function linkPath(x0: number, y0: number, x1: number, y1: number): string {
  const xm = r1((x0 + x1) / 2);
  return `M${r1(x0)},${r1(y0)}C${xm},${r1(y0)} ${xm},${r1(y1)} ${r1(x1)},${r1(y1)}`;
}

/** Smallest stage that holds this network without overlap. */
export function minimumSize(spec: ModelSpec): { width: number; height: number } {
  const L = LAYOUT;
  const units = Math.max(1, ...spec.layers.map((l) => l.units));
  const rowsHeight = Math.max(FEATURES.length * (L.minThumb + L.minRowGap + 2), units * (L.minNode + L.minRowGap + 2));
  const height = L.headerHeight + 2 * L.pad + rowsHeight;
  const inputRight = L.pad + L.labelWidth + L.labelGap + L.minThumb;
  const width = inputRight + spec.layers.length * L.minColumnSpacing + L.outputHeadWidth / 2 + L.pad;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

export function computeLayout(
  spec: ModelSpec,
  activeFeatures: readonly FeatureName[],
  availableWidth: number,
  availableHeight: number,
): GraphLayout {
  const L = LAYOUT;
  const min = minimumSize(spec);
  const width = Math.max(min.width, Math.floor(availableWidth > 0 ? availableWidth : L.defaultWidth));
  const height = Math.max(min.height, Math.floor(availableHeight > 0 ? availableHeight : L.defaultHeight));
  const top = L.headerHeight + L.pad;
  const bottom = height - L.pad;
  const avail = bottom - top;

  // Input column: seven rows of [label][thumbnail].
  const featureSlot = avail / FEATURES.length;
  // Thumbnails give up a little size before the columns would have to scroll sideways.
  const roomForThumb = width - 2 * L.pad - L.labelWidth - L.labelGap - spec.layers.length * L.minColumnSpacing - L.outputHeadWidth / 2;
  const thumb = Math.round(clamp(Math.min(featureSlot * 0.66, roomForThumb), L.minThumb, L.maxThumb));
  const edgeX = L.pad + L.labelWidth + L.labelGap + thumb;
  const featureYs = rowCentres(FEATURES.length, top, bottom, thumb + 22);
  const features: FeatureSlot[] = FEATURES.map((name, row) => ({
    name,
    input: activeFeatures.indexOf(name),
    left: L.pad,
    y: featureYs[row],
    thumb,
  }));

  // Dense columns: evenly spread between the inputs and the output; the stage widens when they do not fit.
  const n = spec.layers.length;
  const spacing = Math.max(L.minColumnSpacing, (width - L.pad - L.outputHeadWidth / 2 - edgeX) / n);
  const stageWidth = Math.max(width, Math.ceil(edgeX + n * spacing + L.outputHeadWidth / 2 + L.pad));
  const compact = spacing < 76;
  const layers: LayerColumn[] = spec.layers.map((layer, i) => {
    const x = r1(edgeX + spacing * (i + 1));
    const slot = avail / layer.units;
    const size = Math.round(clamp(Math.min(slot - L.minRowGap, slot * 0.74, spacing * 0.5), L.minNode, L.maxNode));
    const ys = rowCentres(layer.units, top, bottom, size + 26);
    const isOutput = i === n - 1;
    // The output header reaches to the right edge, so it never runs into the last hidden header.
    const reachLeft = Math.min(spacing / 2 - 2, L.outputHeadWidth / 2);
    const headLeft = isOutput ? x - reachLeft : x - Math.min(spacing - 4, 118) / 2;
    const headWidth = isOutput ? reachLeft + L.outputHeadWidth / 2 : Math.min(spacing - 4, 118);
    return {
      x,
      size,
      ys,
      biasSize: Math.round(clamp(size * 0.26, 6, 10)),
      headLeft: r1(headLeft),
      headWidth: r1(headWidth),
    };
  });

  const inputYs = activeFeatures.map((name) => featureYs[FEATURES.indexOf(name)] ?? (top + bottom) / 2);
  const bands: EdgeBand[] = layers.map((col, i) => {
    const prev = i === 0 ? null : layers[i - 1];
    const y0 = prev ? prev.ys : inputYs;
    const x0 = prev ? prev.x + prev.size / 2 : edgeX;
    const rowsSpace = Math.min(avail / Math.max(1, y0.length), avail / Math.max(1, col.ys.length));
    return { x0, x1: col.x - col.size / 2, y0, y1: col.ys, widthScale: clamp(rowsSpace / 40, 0.4, 1) };
  });

  const paths = bands.map((band) => {
    const out: string[] = new Array(band.y0.length * band.y1.length);
    for (let input = 0; input < band.y0.length; input++) {
      for (let unit = 0; unit < band.y1.length; unit++) {
        out[input * band.y1.length + unit] = linkPath(band.x0, band.y0[input], band.x1, band.y1[unit]);
      }
    }
    return out;
  });

  const inputHeadWidth = L.labelWidth + L.labelGap + thumb;
  return {
    width: stageWidth,
    height,
    top,
    bottom,
    columnSpacing: spacing,
    compact,
    features,
    edgeX,
    inputHead: { left: L.pad, width: inputHeadWidth },
    layers,
    bands,
    paths,
  };
}

/**
 * The connection nearest to (x, y) in band `band`, if one lies within `tolerance` pixels.
 * Every link in a band shares its x-range, so the curve parameter at x is solved once and each
 * candidate costs a multiply-add.
 */
export function nearestEdge(
  band: EdgeBand,
  x: number,
  y: number,
  tolerance: number,
): { input: number; unit: number; distance: number } | null {
  const dx = band.x1 - band.x0;
  if (!(dx > 0) || x < band.x0 || x > band.x1) return null;
  const u = (x - band.x0) / dx;
  // x(t) = x0 + dx * (1.5 t (1 - t) + t³) is increasing: bisect for t.
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 24; k++) {
    const t = (lo + hi) / 2;
    if (1.5 * t * (1 - t) + t * t * t < u) lo = t;
    else hi = t;
  }
  const t = (lo + hi) / 2;
  const s = 3 * t * t - 2 * t * t * t;
  const dxdt = dx * (1.5 - 3 * t + 3 * t * t);
  const dsdt = 6 * t * (1 - t);
  let best: { input: number; unit: number; distance: number } | null = null;
  for (let input = 0; input < band.y0.length; input++) {
    const y0 = band.y0[input];
    for (let unit = 0; unit < band.y1.length; unit++) {
      const dy = band.y1[unit] - y0;
      const slope = (dy * dsdt) / dxdt;
      const distance = Math.abs(y - (y0 + dy * s)) / Math.sqrt(1 + slope * slope);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { input, unit, distance };
    }
  }
  return best;
}
