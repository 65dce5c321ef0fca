// Drawing a dense band of connections on a canvas: every weight as a faint line by sign and size, so
// the band reads as a haze that shifts as the network learns, and the strongest few hundred on top in
// the colours and widths of the SVG connections, so the weights that matter stay visible.

import { NEGATIVE, POSITIVE } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import { edgeStroke, edgeWidth } from './edgeLooks.ts';
import { STRONG_EDGES, type EdgeBand } from './layout.ts';
import type { LayerOffsets } from './params.ts';

/** Most faint lines a band draws; beyond it, a fixed sample (see paintDenseBand). */
const MAX_HAZE = 4000;
/** Faint lines in four steps of size a sign: one path (one stroke call) per step. */
const FAINT_STEPS = 4;
const FAINT_ALPHA = [0.035, 0.06, 0.1, 0.16];
const HISTOGRAM_BINS = 512;

let magnitudes = new Float32Array(0);
const histogram = new Uint32Array(HISTOGRAM_BINS);

/** The |weight| at or above which about `count` of the band's weights lie (0 when it has fewer). */
function strongThreshold(values: Float32Array, n: number, max: number, count: number): number {
  if (n <= count || !(max > 0)) return 0;
  histogram.fill(0);
  const scale = (HISTOGRAM_BINS - 1) / max;
  for (let i = 0; i < n; i++) histogram[Math.min(HISTOGRAM_BINS - 1, (values[i] * scale) | 0)]++;
  let seen = 0;
  for (let b = HISTOGRAM_BINS - 1; b >= 0; b--) {
    seen += histogram[b];
    if (seen >= count) return (b + 1) / scale;
  }
  return 0;
}

/**
 * Paints band `band` (in CSS pixels; the context's transform maps them to the canvas) after clearing
 * its strip. Without parameters the band is one grey haze.
 */
export function paintDenseBand(ctx: CanvasRenderingContext2D, band: EdgeBand, o: LayerOffsets, params: Float64Array | null, height: number): void {
  const { x0, x1, y0, y1 } = band;
  const xm = (x0 + x1) / 2;
  ctx.clearRect(x0 - 1, 0, x1 - x0 + 2, height);
  const n = o.inputs * o.units;
  if (magnitudes.length < n) magnitudes = new Float32Array(n);
  let max = 0;
  for (let k = 0; k < n; k++) {
    const a = params ? Math.abs(params[o.kernel + k]) : 0;
    magnitudes[k] = Number.isFinite(a) ? a : 0;
    if (magnitudes[k] > max) max = magnitudes[k];
  }
  const strong = params ? strongThreshold(magnitudes, n, max, STRONG_EDGES) : Infinity;

  // The haze: straight lines, one path per sign and size step. A 256 x 256 band is 65,536 lines, and a
  // software-drawn canvas pays for each on the main thread at the next paint; past MAX_HAZE a fixed,
  // scattered sample of them gives the same impression (the strongest are drawn below in full).
  const stride = Math.ceil(n / MAX_HAZE);
  ctx.lineWidth = 0.6;
  for (let sign = 0; sign < 2; sign++) {
    for (let step = 0; step < FAINT_STEPS; step++) {
      ctx.beginPath();
      let any = false;
      for (let input = 0; input < o.inputs; input++) {
        const ya = y0[input];
        const row = input * o.units;
        for (let unit = 0; unit < o.units; unit++) {
          const k = row + unit;
          if (stride > 1 && Math.imul(k, 2654435761) >>> 0 >= 4294967296 / stride) continue;
          const w = params ? params[o.kernel + k] : 0;
          if ((w < 0 ? 0 : 1) !== sign) continue;
          const s = max > 0 ? Math.min(FAINT_STEPS - 1, ((magnitudes[k] / max) * FAINT_STEPS) | 0) : 0;
          if (s !== step) continue;
          ctx.moveTo(x0, ya);
          ctx.lineTo(x1, y1[unit]);
          any = true;
        }
      }
      if (!any) continue;
      ctx.globalAlpha = params ? FAINT_ALPHA[step] : 0.05;
      ctx.strokeStyle = params ? (sign ? POSITIVE : NEGATIVE) : COLORS.faint;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  if (!params || !Number.isFinite(strong)) return;

  // The strongest, as the SVG draws a connection: a horizontal S curve, coloured and sized by the weight.
  ctx.lineCap = 'round';
  for (let input = 0; input < o.inputs; input++) {
    const ya = y0[input];
    const row = input * o.units;
    for (let unit = 0; unit < o.units; unit++) {
      const k = row + unit;
      if (magnitudes[k] < strong || magnitudes[k] === 0) continue;
      const w = params[o.kernel + k];
      const yb = y1[unit];
      ctx.beginPath();
      ctx.moveTo(x0, ya);
      ctx.bezierCurveTo(xm, ya, xm, yb, x1, yb);
      ctx.strokeStyle = edgeStroke(w);
      ctx.lineWidth = Math.max(0.75, edgeWidth(w, band.widthScale));
      ctx.stroke();
    }
  }
}
