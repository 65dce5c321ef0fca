import { describe, expect, it } from 'vitest';
import { interpolateRgb, rgb, scaleLinear } from 'd3';
import { CLASS_COLORS, classTint, DIVERGING_LUT, NEGATIVE, NEUTRAL, POSITIVE, weightWidth } from './colors.ts';
import { tokenVariables } from './tokens.ts';
import { SHAPES } from './app/pointShape.ts';

// Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of color vision
// deficiency", severity 1.0 (a full dichromat), applied to linear RGB.
const DICHROMATS = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255));
}

/** CIELAB (D65) of a linear-RGB colour, clipped to the gamut as a screen would. */
function lab(rgb: number[]): [number, number, number] {
  const [r, g, b] = rgb.map((v) => Math.min(1, Math.max(0, v)));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, matrix: number[][]): [number, number, number] {
  const c = linearRgb(hex);
  return lab(matrix.map((row) => row[0] * c[0] + row[1] * c[1] + row[2] * c[2]));
}

/** CIE76 colour difference: the distance in CIELAB. */
function deltaE(a: number[], b: number[]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * ΔE 2.3 is a just-noticeable difference side by side; markers a few pixels wide on a projected heatmap
 * need far more. 15 is about the step between two differently named colours, and the old palette
 * (orange, blue, green, red, purple, brown) falls to 4.7 under protanopia and 6.0 under deuteranopia.
 */
const MIN_DELTA_E = 15;

describe('class colours for colour-blind learners', () => {
  for (const [name, matrix] of Object.entries(DICHROMATS)) {
    it(`every pair of class colours stays distinct under simulated ${name}`, () => {
      for (let i = 0; i < CLASS_COLORS.length; i++) {
        for (let j = i + 1; j < CLASS_COLORS.length; j++) {
          const d = deltaE(simulate(CLASS_COLORS[i], matrix), simulate(CLASS_COLORS[j], matrix));
          expect(d, `class ${i} ${CLASS_COLORS[i]} vs class ${j} ${CLASS_COLORS[j]}: ΔE ${d.toFixed(1)}`).toBeGreaterThan(MIN_DELTA_E);
        }
      }
    });
  }

  it('the test can fail: the old palette collapses under deuteranopia', () => {
    const old = ['#e8871e', '#1f78b4', '#33a02c', '#e31a1c', '#6a3d9a', '#b15928'];
    const m = DICHROMATS.deuteranopia;
    const worst = Math.min(...old.flatMap((a, i) => old.slice(i + 1).map((b) => deltaE(simulate(a, m), simulate(b, m)))));
    expect(worst).toBeLessThan(MIN_DELTA_E);
  });

  it('every class has its own shape too, and the stylesheet gets the same colours', () => {
    expect(new Set(SHAPES).size).toBeGreaterThanOrEqual(CLASS_COLORS.length);
    const vars = tokenVariables();
    CLASS_COLORS.forEach((c, i) => expect(vars[`--class-${i}`]).toBe(c));
  });
});

// The tables used to be built with d3's interpolateRgb and scaleLinear; the page keeps exactly their bytes.
describe('colour tables without d3', () => {
  it('the diverging table is byte for byte what d3 interpolateRgb gives', () => {
    const d3Lut = new Uint8ClampedArray(256 * 3);
    for (let i = 0; i < 256; i++) {
      const t = i / 255;
      const c = rgb(t < 0.5 ? interpolateRgb(NEGATIVE, NEUTRAL)(t * 2) : interpolateRgb(NEUTRAL, POSITIVE)((t - 0.5) * 2));
      d3Lut.set([c.r, c.g, c.b], i * 3);
    }
    expect([...DIVERGING_LUT]).toEqual([...d3Lut]);
  });

  it('class tints and stroke widths match d3 too', () => {
    const d3Width = scaleLinear().domain([0, 3]).range([0.5, 6]).clamp(true);
    for (const w of [0, 0.1, 0.5, 1, 2.99, 3, 7]) expect(weightWidth(w)).toBeCloseTo(d3Width(w), 12);
    CLASS_COLORS.forEach((hex, i) => {
      const c = rgb(hex);
      expect(classTint(i, 0.4)).toEqual([255 + (c.r - 255) * 0.4, 255 + (c.g - 255) * 0.4, 255 + (c.b - 255) * 0.4]);
    });
  });
});
