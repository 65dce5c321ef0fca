// Paints a square grid of values onto a canvas through a colour lookup table.
// The canvas holds one pixel per cell; CSS scales it up (smoothly), so painting stays cheap.
import { paintPixels } from './canvas.ts';
import { lutIndex, type ColorLut } from './colors.ts';

export function paintHeatmap(
  canvas: HTMLCanvasElement,
  values: ArrayLike<number>,
  size: number,
  lut: ColorLut,
  lo: number,
  hi: number,
  /** Read values[offset + cell * stride]. */
  offset = 0,
  stride = 1,
): void {
  const cells = size * size;
  paintPixels(canvas, size, size, (px) => {
    for (let c = 0; c < cells; c++) {
      const i = lutIndex(values[offset + c * stride], lo, hi) * 3;
      const p = c * 4;
      px[p] = lut[i];
      px[p + 1] = lut[i + 1];
      px[p + 2] = lut[i + 2];
      px[p + 3] = 255;
    }
  });
}
