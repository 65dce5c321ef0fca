// Paints the network's output over the input plane. What "output" means depends on the output layer:
// a probability of class 1 (sigmoid), the most likely of k classes (softmax) or a value (linear).

import type { LayerSpec } from '../../engine/types.ts';
import { DIVERGING_LUT, classTint } from '../colors.ts';
import { paintPixels } from '../canvas.ts';
import { paintHeatmap } from '../paintHeatmap.ts';

/** Below this confidence a multi-class cell stays pale: the network is not sure there. */
const MIN_TINT = 0.12;
const MAX_TINT = 0.85;

export function paintOutput(canvas: HTMLCanvasElement, grid: Float32Array, size: number, output: LayerSpec): void {
  if (output.activation === 'softmax') return paintClasses(canvas, grid, size, output.units);
  if (output.activation === 'sigmoid') return paintHeatmap(canvas, grid, size, DIVERGING_LUT, 0, 1);
  paintHeatmap(canvas, grid, size, DIVERGING_LUT, -1, 1);
}

/** Each cell in the colour of its most likely class, stronger where the network is surer. */
function paintClasses(canvas: HTMLCanvasElement, grid: Float32Array, size: number, k: number): void {
  paintPixels(canvas, size, size, (px) => writeClasses(px, grid, size, k));
}

function writeClasses(px: Uint8ClampedArray, grid: Float32Array, size: number, k: number): void {
  const chance = 1 / k;
  for (let c = 0; c < size * size; c++) {
    let best = 0;
    let bestP = -Infinity;
    for (let j = 0; j < k; j++) {
      const p = grid[c * k + j];
      if (p > bestP) {
        bestP = p;
        best = j;
      }
    }
    // Confidence above chance, 0 (a coin toss among k) to 1 (certain).
    const sure = Number.isFinite(bestP) ? Math.max(0, (bestP - chance) / (1 - chance)) : 0;
    const [r, g, b] = classTint(best, MIN_TINT + (MAX_TINT - MIN_TINT) * sure);
    const p = c * 4;
    px[p] = r;
    px[p + 1] = g;
    px[p + 2] = b;
    px[p + 3] = 255;
  }
}
