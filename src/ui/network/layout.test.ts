import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../engine/types.ts';
import type { FeatureName } from '../../engine/datasets/names.ts';
import { computeLayout, LAYOUT, nearestEdge, type GraphLayout } from './layout.ts';

function spec(hidden: number[], outputs = 1, inputs = 2): ModelSpec {
  return {
    inputs,
    layers: [...hidden.map((units) => ({ units, activation: 'tanh' as const })), { units: outputs, activation: 'sigmoid' as const }],
  };
}

function assertNoOverlap(layout: GraphLayout) {
  const eps = 0.01;
  // Inside the stage.
  for (const col of layout.layers) {
    for (const y of col.ys) {
      expect(y - col.size / 2).toBeGreaterThanOrEqual(layout.top - eps);
      expect(y + col.size / 2).toBeLessThanOrEqual(layout.height + eps);
    }
    expect(col.headLeft).toBeGreaterThanOrEqual(0);
    expect(col.headLeft + col.headWidth).toBeLessThanOrEqual(layout.width + eps);
  }
  // Nodes of a column apart (the bias marker sits on the lower-left corner, inside the row gap).
  for (const col of layout.layers) {
    for (let i = 1; i < col.ys.length; i++) expect(col.ys[i] - col.ys[i - 1]).toBeGreaterThanOrEqual(col.size + 2);
  }
  for (let i = 1; i < layout.features.length; i++) {
    const f = layout.features[i];
    expect(f.y - layout.features[i - 1].y).toBeGreaterThanOrEqual(f.thumb + 2);
  }
  // Columns apart, including bias markers that stick out to the left.
  let right = layout.edgeX;
  for (const col of layout.layers) {
    expect(col.x - col.size / 2 - col.biasSize).toBeGreaterThan(right + 8);
    right = col.x + col.size / 2;
  }
  // Headers apart.
  let headRight = layout.inputHead.left + layout.inputHead.width;
  for (const col of layout.layers) {
    expect(col.headLeft).toBeGreaterThanOrEqual(headRight);
    headRight = col.headLeft + col.headWidth;
  }
}

const ALL: FeatureName[] = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];

describe('computeLayout', () => {
  it('fits 8 hidden layers of 16 neurons in a 640 px panel without overlap or scrolling', () => {
    const s = spec(Array(8).fill(16), 6, 7);
    const layout = computeLayout(s, ALL, 620, 470);
    expect(layout.width).toBe(620);
    expect(layout.height).toBe(470);
    assertNoOverlap(layout);
    expect(layout.layers[0].size).toBeGreaterThanOrEqual(LAYOUT.minNode);
  });

  it('uses big nodes for a small network', () => {
    const layout = computeLayout(spec([4, 2]), ['x1', 'x2'], 620, 470);
    assertNoOverlap(layout);
    expect(layout.layers[0].size).toBe(LAYOUT.maxNode);
    expect(layout.compact).toBe(false);
  });

  it('grows past a phone-wide panel instead of overlapping', () => {
    const small = computeLayout(spec([4, 2]), ['x1', 'x2'], 340, 420);
    expect(small.width).toBe(340);
    assertNoOverlap(small);
    const big = computeLayout(spec(Array(8).fill(16), 6, 7), ALL, 340, 150);
    expect(big.width).toBeGreaterThan(340);
    expect(big.height).toBeGreaterThan(150);
    assertNoOverlap(big);
  });

  it('handles no hidden layers and a zero-sized container', () => {
    assertNoOverlap(computeLayout(spec([]), ['x1'], 0, 0));
    assertNoOverlap(computeLayout(spec([], 6, 7), ALL, 200, 100));
  });

  it('keys layer-0 sources by the active features, in kernel order', () => {
    const layout = computeLayout(spec([3], 1, 2), ['x2', 'sinx1'], 600, 450);
    const rowOf = (name: FeatureName) => layout.features.find((f) => f.name === name)!;
    expect(layout.bands[0].y0).toEqual([rowOf('x2').y, rowOf('sinx1').y]);
    expect(rowOf('x2').input).toBe(0);
    expect(rowOf('sinx1').input).toBe(1);
    expect(rowOf('x1').input).toBe(-1);
    expect(layout.paths[0]).toHaveLength(6);
  });
});

describe('nearestEdge', () => {
  it('finds the connection under a point on its curve', () => {
    const layout = computeLayout(spec([5, 3]), ['x1', 'x2'], 600, 450);
    const band = layout.bands[1];
    for (let input = 0; input < 5; input++) {
      for (let unit = 0; unit < 3; unit++) {
        // A quarter of the way along the curve: t = 0.25.
        const t = 0.25;
        const x = band.x0 + (band.x1 - band.x0) * (1.5 * t * (1 - t) + t ** 3);
        const y = band.y0[input] + (band.y1[unit] - band.y0[input]) * (3 * t * t - 2 * t ** 3);
        const hit = nearestEdge(band, x, y, 3);
        expect(hit).not.toBeNull();
        expect(hit!.distance).toBeLessThan(0.01);
      }
    }
  });

  it('finds nothing far from every curve or outside the band', () => {
    const layout = computeLayout(spec([2]), ['x1'], 600, 450);
    const band = layout.bands[0];
    expect(nearestEdge(band, band.x0 - 5, band.y0[0], 3)).toBeNull();
    expect(nearestEdge(band, (band.x0 + band.x1) / 2, layout.top - 40, 3)).toBeNull();
  });
});

describe('computeLayout for tables', () => {
  it('lists a few inputs by name, each with its own connections', () => {
    const names = ['Bill length (mm)', 'Bill depth (mm)', 'Flipper length (mm)', 'Body mass (g)'];
    const layout = computeLayout(spec([8], 3, 4), [], 620, 420, { names, image: false });
    expect(layout.features).toEqual([]);
    expect(layout.table?.mode).toBe('list');
    expect(layout.table?.rows.map((r) => r.name)).toEqual(names);
    expect(layout.table!.labelWidth).toBeGreaterThanOrEqual(19 * LAYOUT.labelCharWidth - 1); // room for "Flipper length (mm)"
    expect(layout.bands[0].bundled).toBe(false);
    expect(layout.bands[0].y0).toEqual(layout.table!.rows.map((r) => r.y));
    expect(layout.paths[0]).toHaveLength(4 * 8);
  });

  it('draws many inputs as one block with one bundle per first-layer neuron, and a wide layer as a strip', () => {
    const names = Array.from({ length: 784 }, (_, i) => `pixel ${i}`);
    const layout = computeLayout(spec([128], 10, 784), [], 620, 300, { names, image: true });
    expect(layout.table?.mode).toBe('block');
    const block = layout.table!.block!;
    expect(block.width).toBe(block.height); // a picture is square
    expect(block.top + block.height + LAYOUT.blockCaption).toBeLessThanOrEqual(layout.bottom + 0.01);
    expect(layout.bands[0].bundled).toBe(true);
    expect(layout.paths[0]).toHaveLength(128);
    // The 128 neurons fit the height they are given, as thin bands, in order.
    expect(layout.height).toBe(300);
    const col = layout.layers[0];
    expect(col.ys).toHaveLength(128);
    for (let i = 1; i < 128; i++) expect(col.ys[i]).toBeGreaterThan(col.ys[i - 1]);
    expect(col.ys[127] + col.size / 2).toBeLessThanOrEqual(layout.height);
    expect(col.nodeWidth).toBeGreaterThan(col.size);
    // A bundle is found under its own curve only.
    const band = layout.bands[0];
    const t = 0.5;
    const x = band.x0 + (band.x1 - band.x0) * (1.5 * t * (1 - t) + t ** 3);
    const y = band.y0[40] + (band.y1[40] - band.y0[40]) * (3 * t * t - 2 * t ** 3);
    expect(nearestEdge(band, x, y, 0.5)).toMatchObject({ input: 40, unit: 40 });
  });
});
