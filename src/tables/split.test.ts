import { describe, expect, it } from 'vitest';
import type { ValidationRows } from '../setup/config.ts';
import { prepareTable, tableOf } from './csv.ts';
import { splitOrder } from './split.ts';

describe('splitOrder', () => {
  it("'last' keeps the file's order and holds out its last rows, as Keras' validation_split does", () => {
    const { order, cut } = splitOrder(10, { validationSplit: 0.3, validationRows: 'last', seed: 4 });
    expect(Array.from(order)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(cut).toBe(7);
  });

  it("'shuffled' is a permutation fixed by the seed", () => {
    const a = splitOrder(50, { validationSplit: 0.2, validationRows: 'shuffled', seed: 4 });
    expect([...a.order].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(a.order)).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(a.order).toEqual(splitOrder(50, { validationSplit: 0.2, validationRows: 'shuffled', seed: 4 }).order);
    expect(a.order).not.toEqual(splitOrder(50, { validationSplit: 0.2, validationRows: 'shuffled', seed: 5 }).order);
    expect(a.cut).toBe(40);
  });

  it('always leaves a training row', () => {
    expect(splitOrder(1, { validationSplit: 0.5, validationRows: 'last', seed: 1 }).cut).toBe(1);
    expect(splitOrder(3, { validationSplit: 0.9, validationRows: 'shuffled', seed: 1 }).cut).toBe(1);
  });

  // The code export writes a table's rows in splitOrder's order (src/ui/export/exportInput.ts), so the
  // exported script's validation_split holds out exactly the rows the page held out, in the same order.
  it.each<ValidationRows>(['last', 'shuffled'])('the rows in split order are the page’s training rows, then its validation rows (%s)', (validationRows) => {
    const rows = Array.from({ length: 23 }, (_, i) => [String(i * 1.5 - 7), String((i * 7) % 5), String(i % 2)]);
    const table = tableOf(
      ['a', 'b', 'y'],
      rows,
      rows.map((_, i) => i + 2),
    );
    const choice = { validationSplit: 0.25, validationRows, seed: 9 };
    const r = prepareTable(table, { target: 'y', features: ['a', 'b'], task: 'classification', ...choice });
    if (!r.ok) throw new Error(r.error.message);
    const { train, validation, standardizer } = r.data;
    const { order, cut } = splitOrder(rows.length, choice);
    expect(train.n).toBe(cut);
    expect(validation!.n).toBe(rows.length - cut);
    order.forEach((src, i) => {
      const set = i < cut ? train : validation!;
      const at = i < cut ? i : i - cut;
      for (let j = 0; j < 2; j++) {
        const shown = (Number(rows[src][j]) - standardizer.mean[j]) / standardizer.std[j];
        expect(set.x[at * 2 + j]).toBeCloseTo(shown, 12);
      }
      expect(set.y[at]).toBe(Number(rows[src][2]));
    });
  });
});
