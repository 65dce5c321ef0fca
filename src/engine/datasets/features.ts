// Input features computed from a 2-D point, raw as TensorFlow Playground feeds them (no rescaling),
// and the grid of points the output heatmaps are evaluated on.

import { EngineError } from '../types.ts';
import { FEATURES, type FeatureName } from './names.ts';

const FEATURE_FNS: Record<FeatureName, (x1: number, x2: number) => number> = {
  x1: (x1) => x1,
  x2: (_, x2) => x2,
  x1sq: (x1) => x1 * x1,
  x2sq: (_, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sinx1: (x1) => Math.sin(x1),
  sinx2: (_, x2) => Math.sin(x2),
};

/** Own-property check, so a name like "toString" is refused rather than found on Object's prototype. */
function featureFn(name: FeatureName, path: string): (x1: number, x2: number) => number {
  if (!Object.hasOwn(FEATURE_FNS, name)) {
    throw new EngineError(`unknown feature "${String(name)}"; expected one of ${FEATURES.join(', ')}`, path);
  }
  return FEATURE_FNS[name];
}

export function featureValue(name: FeatureName, x1: number, x2: number): number {
  return featureFn(name, 'name')(x1, x2);
}

/**
 * Maps n points (x1, x2), row-major, to n rows of the chosen features, row-major.
 * `out`, if given, must hold exactly n*features.length values; it is filled and returned,
 * so a caller repainting every frame can reuse one buffer.
 */
export function applyFeatures(points: Float64Array, n: number, features: readonly FeatureName[], out?: Float64Array): Float64Array {
  if (features.length === 0) throw new EngineError('choose at least one input feature', 'features');
  const fns = features.map((name, i) => featureFn(name, `features[${i}]`));
  if (!Number.isInteger(n) || n < 0) throw new EngineError(`the number of points must be a whole number, got ${n}`, 'n');
  if (points.length !== n * 2) throw new EngineError(`expected ${n} points (${n * 2} values), got ${points.length} values`, 'points');
  const d = fns.length;
  const result = out ?? new Float64Array(n * d);
  if (result.length !== n * d) throw new EngineError(`expected room for ${n * d} values, got ${result.length}`, 'out');
  for (let i = 0; i < n; i++) {
    const x1 = points[2 * i];
    const x2 = points[2 * i + 1];
    for (let j = 0; j < d; j++) result[i * d + j] = fns[j](x1, x2);
  }
  return result;
}

/**
 * resolution² cell centres of the square [lo, hi]², as (x1, x2) row-major.
 * Orientation: row 0 is the TOP (x2 near hi), column 0 the LEFT (x1 near lo) — the order a canvas paints in.
 */
export function gridPoints(resolution: number, lo = -6, hi = 6): Float64Array {
  if (!Number.isInteger(resolution) || resolution < 1) {
    throw new EngineError(`the grid resolution must be a whole number of at least 1, got ${resolution}`, 'resolution');
  }
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) {
    throw new EngineError(`the grid needs finite bounds with lo < hi, got lo = ${lo}, hi = ${hi}`, 'lo');
  }
  const cell = (hi - lo) / resolution;
  const out = new Float64Array(resolution * resolution * 2);
  for (let r = 0; r < resolution; r++) {
    const x2 = hi - (r + 0.5) * cell;
    for (let c = 0; c < resolution; c++) {
      const p = 2 * (r * resolution + c);
      out[p] = lo + (c + 0.5) * cell;
      out[p + 1] = x2;
    }
  }
  return out;
}
