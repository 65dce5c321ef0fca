// How a connection looks: coloured by the sign of its weight, as thick as its size.

import { divergingColor, weightWidth } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import type { LayerOffsets } from './params.ts';

/** Colour range of the connections: beyond ±1 the colour saturates and only the width keeps growing. */
export const EDGE_COLOR_RANGE = 1;
export const NO_PARAM_STROKE = COLORS['border-strong'];

/** 32 shades a side: finer steps look the same and would only rewrite more attributes per frame. */
const EDGE_LEVELS = 32;
const EDGE_STROKES = Array.from({ length: 2 * EDGE_LEVELS + 1 }, (_, i) => divergingColor(((i - EDGE_LEVELS) / EDGE_LEVELS) * EDGE_COLOR_RANGE, EDGE_COLOR_RANGE));

export function edgeStroke(w: number): string {
  if (!Number.isFinite(w)) return NO_PARAM_STROKE;
  const t = Math.max(-1, Math.min(1, w / EDGE_COLOR_RANGE));
  return EDGE_STROKES[Math.round(t * EDGE_LEVELS) + EDGE_LEVELS];
}

export function edgeWidth(w: number, scale: number): number {
  if (!Number.isFinite(w)) return 0.75;
  return Math.round(weightWidth(Math.abs(w)) * scale * 4) / 4 || 0.25;
}

/** Mean and root mean square of the weights from every input into `unit` of the first layer. */
export function bundleStats(params: Float64Array, o: LayerOffsets, unit: number): { mean: number; rms: number } {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < o.inputs; i++) {
    const w = params[o.kernel + i * o.units + unit];
    sum += w;
    squares += w * w;
  }
  return { mean: sum / o.inputs, rms: Math.sqrt(squares / o.inputs) };
}

/** How each bundle looks: colour by the mean weight (scaled to the layer's largest mean), width by the root mean square. */
export function bundleLooks(params: Float64Array | null, o: LayerOffsets): { stroke: string; width: number }[] {
  const stats = Array.from({ length: o.units }, (_, u) => (params ? bundleStats(params, o, u) : null));
  const maxMean = Math.max(1e-12, ...stats.map((s) => (s ? Math.abs(s.mean) : 0)));
  const maxRms = Math.max(1e-12, ...stats.map((s) => (s ? s.rms : 0)));
  return stats.map((s) =>
    s && Number.isFinite(s.mean) ? { stroke: divergingColor(s.mean, maxMean), width: 0.75 + 3.25 * (s.rms / maxRms) } : { stroke: NO_PARAM_STROKE, width: 0.75 },
  );
}
