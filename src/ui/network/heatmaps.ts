// Painting the small pictures in the graph: each neuron's output over the plane, and each input feature.

import { classTint, DIVERGING_LUT, lutIndex, type ColorLut } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import { hiDpiContext, paintPixels } from '../canvas.ts';
import { paintHeatmap } from '../paintHeatmap.ts';
import { featureValue, gridPoints } from '../../engine/datasets/features.ts';
import type { ActivationName, ModelSpec } from '../../engine/types.ts';
import type { GraphLayout } from './layout.ts';
import type { FeatureName } from '../../engine/datasets/names.ts';

const classLuts = new Map<number, ColorLut>();

/** White to a class colour: for one softmax unit, the probability of its class. */
export function classLut(index: number): ColorLut {
  let lut = classLuts.get(index);
  if (!lut) {
    lut = new Uint8ClampedArray(256 * 3);
    for (let i = 0; i < 256; i++) {
      const [r, g, b] = classTint(index, i / 255);
      lut[i * 3] = r;
      lut[i * 3 + 1] = g;
      lut[i * 3 + 2] = b;
    }
    classLuts.set(index, lut);
  }
  return lut;
}

export interface NeuronScale {
  lut: ColorLut;
  lo: number;
  hi: number;
}

/**
 * The colour range for a neuron: the activation's own range where it has one (sigmoid and softmax
 * [0, 1], tanh [-1, 1]), otherwise symmetric around 0 at the neuron's largest |value|, so zero is
 * always white and a ReLU's silent region looks silent. Softmax units use their class colour.
 */
export function neuronScale(activation: ActivationName, values: ArrayLike<number>, offset: number, cells: number, unit: number, isOutput: boolean): NeuronScale {
  switch (activation) {
    case 'sigmoid':
      return { lut: DIVERGING_LUT, lo: 0, hi: 1 };
    case 'softmax':
      return { lut: classLut(unit), lo: 0, hi: 1 };
    case 'tanh':
      return { lut: DIVERGING_LUT, lo: -1, hi: 1 };
    default: {
      let m = 0;
      for (let c = 0; c < cells; c++) {
        const a = Math.abs(values[offset + c]);
        if (a > m && Number.isFinite(a)) m = a;
      }
      // A regression output is read against targets in [-1, 1]; a hidden unit against its own peak.
      m = Math.max(m, isOutput ? 1 : 0.1);
      return { lut: DIVERGING_LUT, lo: -m, hi: m };
    }
  }
}

let scratch: HTMLCanvasElement | null = null;

/** The graph's canvas, sized to the layout at the screen's pixel density and cleared. */
function clearedContext(canvas: HTMLCanvasElement, layout: GraphLayout): CanvasRenderingContext2D | null {
  return hiDpiContext(canvas, layout.width, layout.height);
}

/**
 * Paints every neuron's output over the plane into one canvas covering the graph (one canvas, not one
 * per neuron, keeps the page to a single layer however big the network). Each neuron's small grid goes
 * through a scratch canvas and is scaled up smoothly into its rounded square.
 */
export function paintNeuronMaps(canvas: HTMLCanvasElement, layout: GraphLayout, spec: ModelSpec, grids: Float32Array | null, size: number): void {
  const ctx = clearedContext(canvas, layout);
  if (!ctx) return;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'medium';
  scratch ??= document.createElement('canvas');
  const cells = size * size;
  let start = 0;
  layout.layers.forEach((col, layer) => {
    const activation = spec.layers[layer]?.activation ?? 'linear';
    const isOutput = layer === layout.layers.length - 1;
    const radius = Math.min(5, col.size / 5);
    col.ys.forEach((y, unit) => {
      const x0 = col.x - col.nodeWidth / 2;
      const y0 = y - col.size / 2;
      ctx.save();
      ctx.beginPath();
      ctx.roundRect(x0, y0, col.nodeWidth, col.size, radius);
      ctx.clip();
      if (grids && size > 0) {
        const offset = (start + unit) * cells;
        const { lut, lo, hi } = neuronScale(activation, grids, offset, cells, unit, isOutput);
        paintHeatmap(scratch!, grids, size, lut, lo, hi, offset, 1);
        ctx.drawImage(scratch!, x0, y0, col.size, col.size);
      } else {
        ctx.fillStyle = COLORS['surface-muted'];
        ctx.fillRect(x0, y0, col.size, col.size);
      }
      ctx.restore();
    });
    start += col.ys.length;
  });
}

export const THUMB_GRID = 24;
const thumbs = new Map<FeatureName, { values: Float32Array; max: number }>();

/** What a feature computes over the plane [-6, 6]², THUMB_GRID² cells, row 0 at the top; computed once. */
export function featureThumb(name: FeatureName): { values: Float32Array; max: number } {
  let thumb = thumbs.get(name);
  if (!thumb) {
    const points = gridPoints(THUMB_GRID);
    const values = new Float32Array(THUMB_GRID * THUMB_GRID);
    let max = 0;
    for (let c = 0; c < values.length; c++) {
      values[c] = featureValue(name, points[2 * c], points[2 * c + 1]);
      max = Math.max(max, Math.abs(values[c]));
    }
    thumb = { values, max: max || 1 };
    thumbs.set(name, thumb);
  }
  return thumb;
}

export function paintFeature(canvas: HTMLCanvasElement, name: FeatureName): void {
  const { values, max } = featureThumb(name);
  paintHeatmap(canvas, values, THUMB_GRID, DIVERGING_LUT, -max, max);
}

/** What a table's neurons show, having no plane to draw over. */
export interface NeuronPictures {
  /** One array per dense layer: each neuron's output for the sample the learner follows. */
  activations: readonly ArrayLike<number>[] | null;
  /** Images (digits): the first layer's incoming weights, each neuron's as a picture of the input. */
  firstLayer: { kernel: ArrayLike<number>; offset: number; rows: number; cols: number } | null;
}

/** Nodes at least this big show their first-layer weights as a picture, or their value as a number. */
export const PICTURE_MIN_NODE = 14;
export const VALUE_TEXT_MIN_NODE = 30;

/**
 * Paints a table's neurons into the graph's canvas: each first-layer neuron of an image network as the
 * picture of its incoming weights (orange negative, blue positive, scaled to that neuron's largest
 * weight), every other neuron in the colour of its output for the followed sample, with the number
 * on nodes big enough to hold it. Without a sample the nodes stay plain.
 */
export function paintNeuronValues(canvas: HTMLCanvasElement, layout: GraphLayout, spec: ModelSpec, pictures: NeuronPictures): void {
  const ctx = clearedContext(canvas, layout);
  if (!ctx) return;
  scratch ??= document.createElement('canvas');
  const { activations, firstLayer } = pictures;
  layout.layers.forEach((col, layer) => {
    const activation = spec.layers[layer]?.activation ?? 'linear';
    const isOutput = layer === layout.layers.length - 1;
    const values = activations?.[layer] && activations[layer].length === col.ys.length ? activations[layer] : null;
    const radius = Math.min(5, col.size / 5);
    // The slivers of a wide layer are plain bands: a clip per neuron costs more to draw than all the fills.
    const rounded = col.size >= 6;
    col.ys.forEach((y, unit) => {
      const x0 = col.x - col.nodeWidth / 2;
      const y0 = y - col.size / 2;
      if (rounded) {
        ctx.save();
        ctx.beginPath();
        ctx.roundRect(x0, y0, col.nodeWidth, col.size, radius);
        ctx.clip();
      }
      if (layer === 0 && firstLayer && col.size >= PICTURE_MIN_NODE) {
        paintWeightPicture(scratch!, firstLayer, unit, col.ys.length);
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(scratch!, x0, y0, col.size, col.size);
      } else if (values) {
        const { lut, lo, hi } = neuronScale(activation, values, 0, values.length, unit, isOutput);
        const i = lutIndex(values[unit], lo, hi) * 3;
        ctx.fillStyle = `rgb(${lut[i]},${lut[i + 1]},${lut[i + 2]})`;
        ctx.fillRect(x0, y0, col.nodeWidth, col.size);
        if (col.size >= VALUE_TEXT_MIN_NODE) {
          const light = 0.299 * lut[i] + 0.587 * lut[i + 1] + 0.114 * lut[i + 2] > 150;
          ctx.fillStyle = light ? COLORS.text : COLORS['on-inverse'];
          ctx.font = `600 ${Math.min(12, Math.floor(col.size / 3))}px system-ui, sans-serif`;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          ctx.fillText(formatNodeValue(values[unit]), col.x, y);
        }
      } else {
        ctx.fillStyle = COLORS['surface-muted'];
        ctx.fillRect(x0, y0, col.nodeWidth, col.size);
      }
      if (rounded) ctx.restore();
    });
  });
}

/** Two decimals, or three significant digits for large values: fits a node. */
function formatNodeValue(v: number): string {
  if (!Number.isFinite(v)) return '…';
  const a = Math.abs(v);
  if (a >= 100) return v.toExponential(0);
  if (a >= 10) return v.toFixed(0);
  const text = v.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** Neuron `unit`'s incoming weights as a rows x cols picture on a diverging scale at its largest |weight|. */
export function paintWeightPicture(
  canvas: HTMLCanvasElement,
  layer: { kernel: ArrayLike<number>; offset: number; rows: number; cols: number },
  unit: number,
  units: number,
): number {
  const { kernel, offset, rows, cols } = layer;
  const n = rows * cols;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(kernel[offset + i * units + unit]);
    if (a > max && Number.isFinite(a)) max = a;
  }
  const range = max > 0 ? max : 1;
  paintPixels(canvas, cols, rows, (px) => {
    for (let i = 0; i < n; i++) {
      const c = lutIndex(kernel[offset + i * units + unit], -range, range) * 3;
      px[i * 4] = DIVERGING_LUT[c];
      px[i * 4 + 1] = DIVERGING_LUT[c + 1];
      px[i * 4 + 2] = DIVERGING_LUT[c + 2];
      px[i * 4 + 3] = 255;
    }
  });
  return range;
}

/** Ink on paper: 0 white, 1 the text colour. For digits as the network sees them. */
export function paintInk(canvas: HTMLCanvasElement, values: ArrayLike<number> | null, rows: number, cols: number): void {
  const ink = [24, 33, 47];
  paintPixels(canvas, cols, rows, (px) => {
    for (let i = 0; i < rows * cols; i++) {
      const t = values ? Math.max(0, Math.min(1, values[i])) : 0;
      px[i * 4] = 255 + (ink[0] - 255) * t;
      px[i * 4 + 1] = 255 + (ink[1] - 255) * t;
      px[i * 4 + 2] = 255 + (ink[2] - 255) * t;
      px[i * 4 + 3] = 255;
    }
  });
}
