// The one place canvases are set up: sized backing stores, the 2D context, pixel writes through a
// reused ImageData, and drawing in CSS pixels at the screen's density.

const images = new WeakMap<HTMLCanvasElement, ImageData>();

/** The canvas's 2D context with a backing store of width × height pixels (only resized when it differs: resizing clears). */
export function sizedContext(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  return canvas.getContext('2d');
}

/**
 * Writes width × height RGBA pixels: `write` fills the pixel array (4 bytes a pixel, row by row), which
 * is reused from the last call of the same size, so a frame allocates nothing. Pixels `write` skips keep
 * what the last call of this size left there (zero, transparent, the first time).
 */
export function paintPixels(canvas: HTMLCanvasElement, width: number, height: number, write: (px: Uint8ClampedArray) => void): void {
  const ctx = sizedContext(canvas, width, height);
  if (!ctx) return;
  let image = images.get(canvas);
  if (!image || image.width !== width || image.height !== height) {
    image = ctx.createImageData(width, height);
    images.set(canvas, image);
  }
  write(image.data);
  ctx.putImageData(image, 0, 0);
}

/** The screen's pixel density, at most `max` (beyond 2x a canvas costs four times the pixels for nothing seen). */
export function pixelRatio(max = 2): number {
  return Math.max(1, Math.min(max, window.devicePixelRatio || 1));
}

/** A cleared context for drawing in CSS pixels on a canvas of cssWidth × cssHeight, sharp at the screen's density. */
export function hiDpiContext(canvas: HTMLCanvasElement, cssWidth: number, cssHeight: number): CanvasRenderingContext2D | null {
  const ratio = pixelRatio();
  const ctx = sizedContext(canvas, Math.round(cssWidth * ratio), Math.round(cssHeight * ratio));
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, cssWidth, cssHeight);
  return ctx;
}
