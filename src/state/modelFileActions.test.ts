// Opening a table's model compares the table prepared here with the one the model learnt from.
import { describe, expect, it } from 'vitest';
import type { PreparedTable } from '../tables/prepare.ts';
import type { TableInfo } from './modelFile.ts';
import { tableMismatch } from './modelFileActions.ts';

const saved: TableInfo = {
  source: 'iris',
  task: 'multiclass',
  classes: 3,
  inputNames: ['sepal length', 'sepal width'],
  classNames: ['setosa', 'versicolor', 'virginica'],
  targetName: 'species',
  stats: [
    { name: 'sepal length', mean: 5.84, std: 0.83 },
    { name: 'sepal width', mean: 3.05, std: 0.43 },
  ],
  targetScale: null,
  trainCount: 120,
  validationCount: 30,
  csv: null,
};

const now = (change: Partial<PreparedTable> = {}) => ({ ...saved, ...change }) as unknown as PreparedTable;

describe('a table prepared again', () => {
  it('fits when it is the same', () => {
    expect(tableMismatch(saved, now(), 'Iris')).toBeNull();
  });

  it('names the first difference: columns, classes, rows, standardisation, target scale', () => {
    expect(tableMismatch(saved, now({ inputNames: ['sepal length', 'petal width'] }), 'Iris')).toBe(
      'This model was trained on Iris prepared differently: its input columns were ["sepal length","sepal width"] then, ["sepal length","petal width"] now.',
    );
    expect(tableMismatch(saved, now({ classNames: ['a', 'b', 'c'] }), 'Iris')).toMatch(/its classes were \["setosa","versicolor","virginica"\] then/);
    expect(tableMismatch(saved, now({ trainCount: 119, validationCount: 31 }), 'Iris')).toMatch(/training and validation rows were \[120,30\] then, \[119,31\] now\.$/);
    const stats = [saved.stats![0], { name: 'sepal width', mean: 3.06, std: 0.43 }];
    expect(tableMismatch(saved, now({ stats }), 'Iris')).toBe(
      'This model was trained on Iris prepared differently: the standardisation of sepal width (mean, standard deviation) was [3.05,0.43] then, [3.06,0.43] now.',
    );
    const regression = { ...saved, task: 'regression' as const, classes: 0, classNames: [], targetScale: { mean: 20, std: 5 } };
    expect(tableMismatch(regression, { ...regression, targetScale: { mean: 20, std: 6 } } as unknown as PreparedTable, '"cars.csv"')).toMatch(
      /^This model was trained on "cars.csv" prepared differently: its target scale/,
    );
  });
});
