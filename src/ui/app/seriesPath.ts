// One learning curve's SVG path, redrawn on every frame while training: the same string d3's line()
// builds (linear curve, gaps where a value is not finite, three decimals), in one pass without its
// generic machinery, which was the largest piece of script in a frame at full speed.

import type { ScaleContinuousNumeric } from 'd3';
import type { EpochLog } from '../../engine/index.ts';

type Scale = ScaleContinuousNumeric<number, number>;

/** As d3-path rounds: to three decimals. */
const round = (v: number) => Math.round(v * 1000) / 1000;

/** `line().defined(finite y).x(epoch).y(key)(rows)`, or null where d3 gives null (nothing to draw). */
export function seriesPath(rows: readonly EpochLog[], x: Scale, y: Scale, key: 'loss' | 'val_loss' | 'accuracy' | 'val_accuracy'): string | null {
  let d = '';
  /** Points in the current unbroken run: a run of one is closed ("Z"), as d3 does, so it shows as a dot. */
  let run = 0;
  for (const row of rows) {
    const py = y(row[key]);
    if (!Number.isFinite(py)) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${round(x(row.epoch))},${round(py)}`;
    run++;
  }
  if (run === 1) d += 'Z';
  return d === '' ? null : d;
}
