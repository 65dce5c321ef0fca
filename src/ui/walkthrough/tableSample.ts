// A row of a table (or one digit) as the walkthrough's sample: the inputs exactly as the worker trains
// on them (standardised columns, pixels ÷ 255) and the target as the loss sees it (one-hot for several
// classes, 0/1 for two, the standardised value for a number). Pure, so it is tested directly.

import { randomNoise } from '../../engine/datasets/noise.ts';
import { NOISE_SHAPE } from '../../setup/catalogue.ts';
import { heldOutCount } from '../../setup/rules.ts';
import { validationRow, type PreparedTable } from '../../tables/prepare.ts';
import { targetVector, type Sample } from './sample.ts';

/** How many validation rows the page can follow for a table. */
export function tableRowCount(table: PreparedTable): number {
  if (table.validationImages) return table.validationCount;
  const d = table.inputNames.length;
  return d > 0 ? Math.min(table.validationTargets.length, Math.floor(table.validationX.length / d)) : 0;
}

/** Validation row `index` of a prepared table as a sample, or null when the page has no copy of it. */
export function tableRowSample(table: PreparedTable, index: number): Sample | null {
  if (index < 0 || index >= tableRowCount(table)) return null;
  const x = validationRow(table, index);
  if (!x) return null;
  const raw = table.validationTargets[index];
  // Regression targets are kept in the file's units; the network learns them standardised.
  const label = table.task === 'regression' && table.targetScale ? (raw - table.targetScale.mean) / table.targetScale.std : raw;
  return { point: null, features: Array.from(x), label, target: targetVector(table.task, label, table.classes) };
}

export interface NoiseRows {
  count: number;
  sample(index: number): Sample | null;
}

/** The validation rows of the noise the worker makes from the same seed and split (see useNetworkSetup). */
export function noiseRows(samples: number, validationSplit: number, seed: number): NoiseRows {
  const d = NOISE_SHAPE.inputs;
  const noise = randomNoise({ samples, features: d, classes: NOISE_SHAPE.classes, seed });
  const count = heldOutCount(samples, validationSplit);
  const cut = samples - count;
  return {
    count,
    sample(index) {
      if (index < 0 || index >= count) return null;
      const r = cut + index;
      const label = noise.y[r];
      return { point: null, features: Array.from(noise.x.subarray(r * d, (r + 1) * d)), label, target: targetVector('multiclass', label, NOISE_SHAPE.classes) };
    },
  };
}
