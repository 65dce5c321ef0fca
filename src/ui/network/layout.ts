// Where everything in the network graph goes, from the space available. Pure: no DOM, so it is tested.
//
// Columns run left to right: the inputs, each hidden layer, the output. For a plane the inputs are the
// features (all seven, active or not); for a table a labelled row per column, or one block when there are
// too many to draw apart (784 pixels, 100 noise inputs), whose connections are summarised as one bundle per
// neuron. Each column's nodes are centred vertically; node size shrinks with the number of rows and the
// column gap, down to thin slivers for wide layers. When the space is too small the stage grows past it
// (the panel then scrolls) rather than overlapping.

import { FEATURES, type FeatureName } from '../../engine/datasets/names.ts';
import type { ModelSpec } from '../../engine/types.ts';

/** The strongest connections of a dense band drawn clearly; more would blur back into the haze (denseEdges.ts). */
export const STRONG_EDGES = 300;

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
  // Large where there is room: a neuron's picture is what learners read.
  maxNode: 60,
  minThumb: 14,
  maxThumb: 32,
  /** A table's input names: label width (from the longest name, within limits), and the small node beside each. */
  minTableLabel: 48,
  maxTableLabel: 160,
  /** Width of a character of a 12.5 px semibold label, near enough to size the column. */
  labelCharWidth: 8.2,
  tableNode: 12,
  /** Above this many inputs, a table's inputs are one block. */
  maxListedInputs: 12,
  /** Side of a block of image inputs, and width of a block of other inputs. */
  minBlock: 64,
  maxBlock: 132,
  columnBlockWidth: 34,
  /** Height kept under a block for its caption. */
  blockCaption: 22,
  /** Above this many neurons a layer is a strip of thin bands, at least this tall each. */
  denseUnits: 24,
  denseRowPitch: 1,
  /**
   * Above this many connections a band is drawn on a canvas rather than as one SVG path each: 8 layers
   * of 256 would be 460,000 paths (seconds of layout and a gigabyte of memory), while the plane's
   * largest band, 16 x 16, stays clickable SVG.
   */
  maxSvgEdges: 2000,
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
  /** Side of each node (its height, for the slivers of a wide layer). */
  size: number;
  /** Width of each node: the side, or wider than tall for the slivers of a wide layer. */
  nodeWidth: number;
  /** Vertical centre of each unit. */
  ys: number[];
  /** Side of the bias marker. */
  biasSize: number;
  /** Header box: left edge and width. */
  headLeft: number;
  headWidth: number;
}

/** A table's inputs: listed by name (a few), or one block (many; an image when they are pixels). */
export interface TableInputLayout {
  mode: 'list' | 'block';
  /** list: each input's name and vertical centre; its label box is labelLeft..+labelWidth, its node right after. */
  rows: { name: string; y: number }[];
  labelLeft: number;
  labelWidth: number;
  nodeSize: number;
  /** block: where it is. */
  block: { left: number; top: number; width: number; height: number } | null;
  image: boolean;
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
  /** One summarising connection per target (a block of inputs): y0[unit] is where unit's bundle leaves. */
  bundled: boolean;
  /** Too many connections for one SVG path each: drawn on a canvas, with no paths in the layout. */
  dense: boolean;
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
  /** The plane's seven features (empty for a table). */
  features: FeatureSlot[];
  /** A table's inputs (null for a plane). */
  table: TableInputLayout | null;
  /** x of the right edge of the feature thumbnails: where input edges start. */
  edgeX: number;
  inputHead: { left: number; width: number };
  /** One per dense layer, hidden layers then the output layer. */
  layers: LayerColumn[];
  /** One per dense layer: the connections into it. */
  bands: EdgeBand[];
  /** SVG path of every connection: paths[layer][input * units + unit], Keras kernel order; a bundled band has one per unit, a dense band none (see edgePath). */
  paths: string[][];
}

/** What the layout needs to know about a table's inputs. */
export interface TableInputs {
  names: readonly string[];
  /** The inputs are the pixels of an image. */
  image: boolean;
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

/** Height a column of `units` neurons needs at least: thin slivers for wide layers. */
function columnHeight(units: number): number {
  const L = LAYOUT;
  return units > L.denseUnits ? units * L.denseRowPitch : units * (L.minNode + L.minRowGap + 2);
}

/** Room for a table's input names: the longest, within limits (longer ones are cut short, with the full name on hover). */
function tableLabelWidth(table: TableInputs): number {
  const L = LAYOUT;
  const longest = Math.max(0, ...table.names.map((n) => n.length));
  return Math.round(clamp(longest * L.labelCharWidth, L.minTableLabel, L.maxTableLabel));
}

/** Width of the input column, from the left pad to where its connections start. */
function inputWidth(table: TableInputs | null, thumb: number, blockSide: number): number {
  const L = LAYOUT;
  if (!table) return L.labelWidth + L.labelGap + thumb;
  if (table.names.length <= L.maxListedInputs) return tableLabelWidth(table) + L.labelGap + L.tableNode;
  return table.image ? blockSide : L.columnBlockWidth;
}

/** Smallest stage that holds this network without overlap. */
export function minimumSize(spec: ModelSpec, table: TableInputs | null = null): { width: number; height: number } {
  const L = LAYOUT;
  const units = Math.max(1, ...spec.layers.map((l) => l.units));
  const inputsHeight = !table
    ? FEATURES.length * (L.minThumb + L.minRowGap + 2)
    : table.names.length <= L.maxListedInputs
      ? table.names.length * (L.tableNode + L.minRowGap + 4)
      : L.minBlock + L.blockCaption;
  const rowsHeight = Math.max(inputsHeight, columnHeight(units));
  const height = L.headerHeight + 2 * L.pad + rowsHeight;
  const inputRight = L.pad + inputWidth(table, L.minThumb, L.minBlock);
  const width = inputRight + spec.layers.length * L.minColumnSpacing + L.outputHeadWidth / 2 + L.pad;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

export function computeLayout(
  spec: ModelSpec,
  activeFeatures: readonly FeatureName[],
  availableWidth: number,
  availableHeight: number,
  tableInputs: TableInputs | null = null,
): GraphLayout {
  const L = LAYOUT;
  const min = minimumSize(spec, tableInputs);
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
  // A block of pixels is a square as large as the room allows, within limits.
  const roomForBlock = width - 2 * L.pad - spec.layers.length * L.minColumnSpacing - L.outputHeadWidth / 2;
  const blockSide = Math.round(clamp(Math.min(avail, roomForBlock), L.minBlock, L.maxBlock));
  const edgeX = L.pad + inputWidth(tableInputs, thumb, blockSide);
  const featureYs = rowCentres(FEATURES.length, top, bottom, thumb + 22);
  const features: FeatureSlot[] = tableInputs
    ? []
    : FEATURES.map((name, row) => ({
        name,
        input: activeFeatures.indexOf(name),
        left: L.pad,
        y: featureYs[row],
        thumb,
      }));
  let table: TableInputLayout | null = null;
  if (tableInputs) {
    const count = tableInputs.names.length;
    if (count <= L.maxListedInputs) {
      const ys = rowCentres(count, top, bottom, 40);
      table = {
        mode: 'list',
        rows: tableInputs.names.map((name, i) => ({ name, y: ys[i] })),
        labelLeft: L.pad,
        labelWidth: tableLabelWidth(tableInputs),
        nodeSize: L.tableNode,
        block: null,
        image: false,
      };
    } else {
      // Room is kept under the block for its caption (what sample it shows).
      const room = Math.max(L.minBlock, avail - L.blockCaption);
      const blockWidth = tableInputs.image ? Math.min(blockSide, room) : L.columnBlockWidth;
      const blockHeight = tableInputs.image ? blockWidth : Math.round(clamp(room * 0.85, L.minBlock, 360));
      table = {
        mode: 'block',
        rows: [],
        labelLeft: L.pad,
        labelWidth: 0,
        nodeSize: 0,
        block: { left: L.pad, top: r1(top + (room - blockHeight) / 2), width: blockWidth, height: blockHeight },
        image: tableInputs.image,
      };
    }
  }

  // Dense columns: evenly spread between the inputs and the output; the stage widens when they do not fit.
  const n = spec.layers.length;
  const spacing = Math.max(L.minColumnSpacing, (width - L.pad - L.outputHeadWidth / 2 - edgeX) / n);
  const stageWidth = Math.max(width, Math.ceil(edgeX + n * spacing + L.outputHeadWidth / 2 + L.pad));
  const compact = spacing < 76;
  const layers: LayerColumn[] = spec.layers.map((layer, i) => {
    const x = r1(edgeX + spacing * (i + 1));
    const slot = avail / layer.units;
    const dense = layer.units > L.denseUnits;
    // A wide layer is a strip of thin bands, one per neuron (with a hairline gap when there is room);
    // the others keep nodes large enough to show a picture.
    const pitch = Math.min(slot, 8);
    const size = dense ? (pitch >= 4 ? pitch - 1 : pitch) : Math.round(clamp(Math.min(slot - L.minRowGap, slot * 0.74, spacing * 0.5), L.minNode, L.maxNode));
    const ys = rowCentres(layer.units, top, bottom, dense ? pitch : size + 26);
    const isOutput = i === n - 1;
    // The output header reaches to the right edge, so it never runs into the last hidden header.
    const reachLeft = Math.min(spacing / 2 - 2, L.outputHeadWidth / 2);
    const headLeft = isOutput ? x - reachLeft : x - Math.min(spacing - 4, 118) / 2;
    const headWidth = isOutput ? reachLeft + L.outputHeadWidth / 2 : Math.min(spacing - 4, 118);
    return {
      x,
      size,
      nodeWidth: dense ? Math.max(size, Math.min(16, Math.round(spacing * 0.3))) : size,
      ys,
      biasSize: Math.round(clamp(size * 0.26, 6, 10)),
      headLeft: r1(headLeft),
      headWidth: r1(headWidth),
    };
  });

  const bundled = table?.mode === 'block';
  let inputYs: number[];
  if (table?.block) {
    // One bundle per neuron of the first layer, leaving the block's right edge in the neurons' order.
    const b = table.block;
    const units = layers[0].ys.length;
    inputYs = layers[0].ys.map((_, u) => r1(b.top + (b.height * (u + 0.5)) / units));
  } else if (table) {
    inputYs = table.rows.map((r) => r.y);
  } else {
    inputYs = activeFeatures.map((name) => featureYs[FEATURES.indexOf(name)] ?? (top + bottom) / 2);
  }
  const bands: EdgeBand[] = layers.map((col, i) => {
    const prev = i === 0 ? null : layers[i - 1];
    const y0 = prev ? prev.ys : inputYs;
    const x0 = prev ? prev.x + prev.nodeWidth / 2 : edgeX;
    const rowsSpace = Math.min(avail / Math.max(1, y0.length), avail / Math.max(1, col.ys.length));
    const isBundled = i === 0 && bundled;
    const dense = !isBundled && y0.length * col.ys.length > L.maxSvgEdges;
    return { x0, x1: col.x - col.nodeWidth / 2, y0, y1: col.ys, widthScale: clamp(rowsSpace / 40, 0.4, 1), bundled: isBundled, dense };
  });

  const paths = bands.map((band) => {
    if (band.bundled) return band.y1.map((y1, unit) => linkPath(band.x0, band.y0[unit], band.x1, y1));
    if (band.dense) return [];
    const out: string[] = new Array(band.y0.length * band.y1.length);
    for (let input = 0; input < band.y0.length; input++) {
      for (let unit = 0; unit < band.y1.length; unit++) {
        out[input * band.y1.length + unit] = linkPath(band.x0, band.y0[input], band.x1, band.y1[unit]);
      }
    }
    return out;
  });

  const inputHeadWidth = Math.max(inputWidth(tableInputs, thumb, blockSide), tableInputs ? 76 : 0);
  return {
    width: stageWidth,
    height,
    top,
    bottom,
    columnSpacing: spacing,
    compact,
    features,
    table,
    edgeX,
    inputHead: { left: L.pad, width: inputHeadWidth },
    layers,
    bands,
    paths,
  };
}

/** The SVG path of one connection (computed on demand in a dense band, which keeps none). */
export function edgePath(layout: GraphLayout, layer: number, input: number, unit: number): string {
  const band = layout.bands[layer];
  if (band.bundled) return layout.paths[layer][unit];
  return layout.paths[layer][input * band.y1.length + unit] ?? linkPath(band.x0, band.y0[input], band.x1, band.y1[unit]);
}

/**
 * The connection nearest to (x, y) in band `band`, if one lies within `tolerance` pixels.
 * Every link in a band shares its x-range, so the curve parameter at x is solved once and each
 * candidate costs a multiply-add.
 */
export function nearestEdge(band: EdgeBand, x: number, y: number, tolerance: number): { input: number; unit: number; distance: number } | null {
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
      // A bundled band has one curve per unit, from y0[unit]; `input` then names the unit's bundle.
      if (band.bundled && unit !== input) continue;
      const dy = band.y1[unit] - y0;
      const slope = (dy * dsdt) / dxdt;
      const distance = Math.abs(y - (y0 + dy * s)) / Math.sqrt(1 + slope * slope);
      if (distance <= tolerance && (!best || distance < best.distance)) best = { input, unit, distance };
    }
  }
  return best;
}
