// Paints the network's output over the input plane. What "output" means depends on the output layer:
// a probability of class 1 (sigmoid), the most likely of k classes (softmax) or a value (linear).

import type { LayerSpec } from '../../engine/types.ts';
import { DIVERGING_LUT, classTint } from '../colors.ts';
import { paintPixels } from '../canvas.ts';
import { paintHeatmap } from '../paintHeatmap.ts';

/** Below this confidence a multi-class cell stays pale: the network is not sure there. */
const MIN_TINT = 0.12;
const MAX_TINT = 0.85;
/** Hard regions: one flat tint per class, light enough for the points on top to stay readable. */
const HARD_TINT = 0.5;

/** Whether an output can be shown as hard classes: a sigmoid (threshold 0.5) or a softmax (the most likely class). */
export function hasClasses(output: LayerSpec): boolean {
  return output.activation === 'softmax' || output.activation === 'sigmoid';
}

/** `hard`: each cell in its class's one colour, with no shading for how sure the network is. */
export function paintOutput(canvas: HTMLCanvasElement, grid: Float32Array, size: number, output: LayerSpec, hard = false): void {
  if (hard && hasClasses(output)) paintHardClasses(canvas, grid, size, output);
  else if (output.activation === 'softmax') paintClasses(canvas, grid, size, output.units);
  else if (output.activation === 'sigmoid') paintHeatmap(canvas, grid, size, DIVERGING_LUT, 0, 1);
  else paintHeatmap(canvas, grid, size, DIVERGING_LUT, -1, 1);
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

function paintHardClasses(canvas: HTMLCanvasElement, grid: Float32Array, size: number, output: LayerSpec): void {
  const k = output.activation === 'softmax' ? output.units : 1;
  const tints = Array.from({ length: Math.max(2, k) }, (_, j) => classTint(j, HARD_TINT));
  paintPixels(canvas, size, size, (px) => {
    for (let c = 0; c < size * size; c++) {
      let best = 0;
      if (k === 1) {
        best = grid[c] >= 0.5 ? 1 : 0;
      } else {
        let bestP = -Infinity;
        for (let j = 0; j < k; j++) {
          if (grid[c * k + j] > bestP) {
            bestP = grid[c * k + j];
            best = j;
          }
        }
      }
      const [r, g, b] = tints[best];
      px[c * 4] = r;
      px[c * 4 + 1] = g;
      px[c * 4 + 2] = b;
      px[c * 4 + 3] = 255;
    }
  });
}
