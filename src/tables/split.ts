// Which rows a table holds out for validation, one rule for the page, the digits and the code export:
// the last fraction of the rows, as Keras' validation_split takes them, after a seeded shuffle when the
// rows are 'shuffled'. At least one row always stays for training.

import { createRng, shuffleInPlace } from '../engine/random.ts';
import { heldOutCount } from '../setup/rules.ts';
import type { SplitChoice } from '../setup/config.ts';

export interface SplitOrder {
  /** Row indices in the order the page trains on them: the training rows, then the held-out ones. */
  order: Uint32Array;
  /** order[0, cut) are the training rows, order[cut, count) the validation rows. */
  cut: number;
}

export function splitOrder(count: number, { validationSplit, validationRows, seed }: SplitChoice): SplitOrder {
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  if (validationRows === 'shuffled') shuffleInPlace(order, createRng(seed));
  return { order, cut: count - heldOutCount(count, validationSplit) };
}
