// Colour scales shared by every view, so the same sign or class always has the same colour. The colours
// themselves are tokens (tokens.ts), which the stylesheet gets too; here they become lookup tables.
import { CLASS_COLORS, NEGATIVE, NEUTRAL, POSITIVE } from './tokens.ts';

export { CLASS_COLORS, NEGATIVE, NEUTRAL, POSITIVE };

export type Rgb = [number, number, number];

/** '#rrggbb' as its three bytes. */
export function hexRgb(hex: string): Rgb {
  const v = Number.parseInt(hex.slice(1, 7), 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

/** Straight sRGB interpolation rounded to bytes: what d3's interpolateRgb gives, without d3 (colors.test.ts). */
function lerpRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((k) => Math.round(a[k] + t * (b[k] - a[k]))) as Rgb;
}

const LUT_SIZE = 256;

/** A 256-entry lookup table: index 0 is the low end, 255 the high end. */
export type ColorLut = Uint8ClampedArray;

function lutFrom(color: (t: number) => Rgb): ColorLut {
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) lut.set(color(i / (LUT_SIZE - 1)), i * 3);
  return lut;
}

/** Orange through near-white to blue: sign and size at a glance. */
const [negative, neutral, positive] = [NEGATIVE, NEUTRAL, POSITIVE].map(hexRgb);
export const DIVERGING_LUT = lutFrom((t) => (t < 0.5 ? lerpRgb(negative, neutral, t * 2) : lerpRgb(neutral, positive, (t - 0.5) * 2)));

/** Diverging colour for a value in [-maxAbs, maxAbs], as a CSS string (for SVG). */
export function divergingColor(value: number, maxAbs: number): string {
  const i = lutIndex(value, -maxAbs, maxAbs);
  return `rgb(${DIVERGING_LUT[i * 3]},${DIVERGING_LUT[i * 3 + 1]},${DIVERGING_LUT[i * 3 + 2]})`;
}

export function lutIndex(value: number, lo: number, hi: number): number {
  if (!Number.isFinite(value)) return LUT_SIZE >> 1;
  const t = hi > lo ? (value - lo) / (hi - lo) : 0.5;
  return Math.max(0, Math.min(LUT_SIZE - 1, Math.round(t * (LUT_SIZE - 1))));
}

/** Stroke width for a connection of weight w: thin for small (0.5 at 0), thick for large, capped at 6 from |w| = 3. */
export function weightWidth(w: number): number {
  return 0.5 + 5.5 * Math.max(0, Math.min(1, w / 3));
}

/** Light tint of a class colour, for the background of a multi-class decision map. */
export function classTint(index: number, strength: number): Rgb {
  const [r, g, b] = hexRgb(CLASS_COLORS[index % CLASS_COLORS.length]);
  const s = Math.max(0, Math.min(1, strength));
  return [255 + (r - 255) * s, 255 + (g - 255) * s, 255 + (b - 255) * s];
}
