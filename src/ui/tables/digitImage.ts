// A digit drawn on a large canvas, made to look like an MNIST digit: MNIST fitted each digit's bounding box
// into 20 x 20 pixels (keeping its proportions, anti-aliased), then placed it in 28 x 28 so that its
// centre of mass sits at the centre. Pure, so it is tested without a browser.

export interface MnistLike {
  /** side * side values from 0 (paper) to 1 (ink), row-major. */
  pixels: Float64Array;
  side: number;
}

/** Ink below this (of 1) is paper: the anti-aliased fringe of a stroke does not stretch the box. */
const INK = 0.05;

/**
 * `ink` holds width * height values from 0 to 1 (the canvas's alpha). Returns null when nothing is drawn.
 * Each source pixel spreads its ink over the target pixels its scaled footprint covers (area averaging),
 * so thin strokes stay grey rather than vanishing between samples.
 */
export function toMnist(ink: ArrayLike<number>, width: number, height: number, side = 28, box = 20): MnistLike | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = ink[y * width + x];
      if (v <= INK) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      mass += v;
      mx += v * (x + 0.5);
      my += v * (y + 0.5);
    }
  }
  if (x1 < 0) return null;
  const scale = box / Math.max(x1 - x0 + 1, y1 - y0 + 1);
  // Where the centre of mass lands if the box's corner is at 0, then shift it to the centre.
  const cx = (mx / mass - x0) * scale;
  const cy = (my / mass - y0) * scale;
  const ox = side / 2 - cx;
  const oy = side / 2 - cy;
  const out = new Float64Array(side * side);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const v = ink[y * width + x];
      if (v <= 0) continue;
      // The source pixel covers [tx, tx + scale) x [ty, ty + scale) in the target.
      const tx = ox + (x - x0) * scale;
      const ty = oy + (y - y0) * scale;
      const cx0 = Math.floor(tx);
      const cy0 = Math.floor(ty);
      const cx1 = Math.floor(tx + scale);
      const cy1 = Math.floor(ty + scale);
      for (let py = cy0; py <= cy1; py++) {
        if (py < 0 || py >= side) continue;
        const hy = Math.min(py + 1, ty + scale) - Math.max(py, ty);
        if (hy <= 0) continue;
        for (let px = cx0; px <= cx1; px++) {
          if (px < 0 || px >= side) continue;
          const hx = Math.min(px + 1, tx + scale) - Math.max(px, tx);
          if (hx > 0) out[py * side + px] += v * hx * hy;
        }
      }
    }
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, out[i]);
  return { pixels: out, side };
}

/** The centre of mass of an image (x, y), in pixels from its top-left corner. */
export function centreOfMass(pixels: ArrayLike<number>, side: number): { x: number; y: number } {
  let m = 0;
  let x = 0;
  let y = 0;
  for (let r = 0; r < side; r++) {
    for (let c = 0; c < side; c++) {
      const v = pixels[r * side + c];
      m += v;
      x += v * (c + 0.5);
      y += v * (r + 0.5);
    }
  }
  return m > 0 ? { x: x / m, y: y / m } : { x: side / 2, y: side / 2 };
}
