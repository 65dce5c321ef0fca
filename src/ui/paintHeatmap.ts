// Paints a square grid of values onto a canvas through a colour lookup table.
// The canvas holds one pixel per cell; CSS scales it up (smoothly), so painting stays cheap.
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
  if (canvas.width !== size) canvas.width = size;
  if (canvas.height !== size) canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(size, size);
  const px = image.data;
  const cells = size * size;
  for (let c = 0; c < cells; c++) {
    const i = lutIndex(values[offset + c * stride], lo, hi) * 3;
    const p = c * 4;
    px[p] = lut[i];
    px[p + 1] = lut[i + 1];
    px[p + 2] = lut[i + 2];
    px[p + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
