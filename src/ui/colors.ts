// Colour scales shared by every view, so the same sign or class always has the same colour. The one
// source for canvas, SVG and CSS alike: applyColorVariables() hands the same values to the stylesheet.
import { interpolateRgb, rgb, scaleLinear } from 'd3';

/** Negative / class 0 / below. */
export const NEGATIVE = '#e8871e';
/** Positive / class 1 / above. */
export const POSITIVE = '#1f78b4';
export const NEUTRAL = '#f7f7f7';
/**
 * One colour per class (class 0 and 1 match the binary colours), after Okabe and Ito's palette for
 * colour-blind readers: orange, blue, bluish green, reddish purple, sky blue, near-black. Every pair
 * stays distinct under simulated deuteranopia, protanopia and tritanopia (colors.test.ts), and the
 * points carry a shape per class as well (pointShape.ts), so colour is never the only cue.
 */
export const CLASS_COLORS = [NEGATIVE, POSITIVE, '#009e73', '#cc79a7', '#56b4e9', '#1d1d1d'];

/** The palette as CSS custom properties: --negative, --positive, --neutral, --class-0 … --class-5. */
export function colorVariables(): Record<string, string> {
  const vars: Record<string, string> = { '--negative': NEGATIVE, '--positive': POSITIVE, '--neutral': NEUTRAL };
  CLASS_COLORS.forEach((c, i) => (vars[`--class-${i}`] = c));
  return vars;
}

/** Called once at startup, so the stylesheet colours with exactly the canvas' values. */
export function applyColorVariables(root: HTMLElement): void {
  for (const [name, value] of Object.entries(colorVariables())) root.style.setProperty(name, value);
}

export type Rgb = [number, number, number];

const LUT_SIZE = 256;

/** A 256-entry lookup table: index 0 is the low end, 255 the high end. */
export type ColorLut = Uint8ClampedArray;

function lutFrom(color: (t: number) => string): ColorLut {
  const lut = new Uint8ClampedArray(LUT_SIZE * 3);
  for (let i = 0; i < LUT_SIZE; i++) {
    const c = rgb(color(i / (LUT_SIZE - 1)));
    lut[i * 3] = c.r;
    lut[i * 3 + 1] = c.g;
    lut[i * 3 + 2] = c.b;
  }
  return lut;
}

/** Orange through near-white to blue: sign and size at a glance. */
export const DIVERGING_LUT = lutFrom((t) => (t < 0.5 ? interpolateRgb(NEGATIVE, NEUTRAL)(t * 2) : interpolateRgb(NEUTRAL, POSITIVE)((t - 0.5) * 2)));

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

/** Stroke width for a connection of weight w: thin for small, thick for large, capped. */
export const weightWidth = scaleLinear().domain([0, 3]).range([0.5, 6]).clamp(true);

/** Light tint of a class colour, for the background of a multi-class decision map. */
export function classTint(index: number, strength: number): Rgb {
  const c = rgb(CLASS_COLORS[index % CLASS_COLORS.length]);
  const s = Math.max(0, Math.min(1, strength));
  return [255 + (c.r - 255) * s, 255 + (c.g - 255) * s, 255 + (c.b - 255) * s];
}
