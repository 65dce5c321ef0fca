// The training log as Keras prints it during model.fit, from the epoch rows the frames carry:
//   Epoch 3/150
//   25/25 ━━━━━━━━━━━━━━━━━━━━ loss: 0.6378 - accuracy: 0.6510 - val_loss: 0.6402 - val_accuracy: 0.6480
// Keras also prints the time per step; the playground trains at the pace it is told to, so a time
// would describe the speed slider, not the network, and is left out.

import type { EpochLog } from '../../engine/index.ts';
import { fitEndOf } from '../../setup/fit.ts';

const BAR = '━'.repeat(20);

/** Keras' four decimals; a value that is not a number reads "nan", as Keras prints it. */
function metric(value: number): string {
  return Number.isFinite(value) ? value.toFixed(4) : 'nan';
}

export interface LogOptions {
  /** The fit's epochs setting (null: until paused, "Epoch 3" without a total). */
  epochs: number | null;
  /** Batches per epoch, Keras' steps. */
  steps: number;
  accuracy: boolean;
  validation: boolean;
}

/** The two lines Keras prints for one epoch. */
export function kerasLines(row: EpochLog, o: LogOptions): [string, string] {
  const end = fitEndOf(row.epoch, o.epochs);
  const parts = [`loss: ${metric(row.loss)}`];
  if (o.accuracy) parts.push(`accuracy: ${metric(row.accuracy)}`);
  if (o.validation) parts.push(`val_loss: ${metric(row.val_loss)}`);
  if (o.validation && o.accuracy) parts.push(`val_accuracy: ${metric(row.val_accuracy)}`);
  return [end === null ? `Epoch ${row.epoch}` : `Epoch ${row.epoch}/${end}`, `${o.steps}/${o.steps} ${BAR} ${parts.join(' - ')}`];
}

/** The whole log as text, for copying into a notebook or a report. */
export function kerasLog(rows: readonly EpochLog[], o: LogOptions): string {
  return rows.flatMap((r) => kerasLines(r, o)).join('\n');
}
