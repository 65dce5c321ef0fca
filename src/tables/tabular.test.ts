import { describe, expect, it } from 'vitest';
import { buildAutoMpg, buildBoston, buildIris, buildPenguins } from '../../scripts/vite-plugin-datasets.ts';
import { createModel } from '../engine/model.ts';
import { createTrainer } from '../engine/trainer.ts';
import { formatInUnit, incompleteRows, prepareTabular, tabularTable, type RawTabular } from './tabular.ts';
import { TABULAR_DATASETS, TABULAR_NAMES, type TabularName } from './tabularDatasets.ts';

const raw: Record<TabularName, () => Promise<RawTabular> | RawTabular> = { iris: buildIris, penguins: buildPenguins, autoMpg: buildAutoMpg, boston: buildBoston };
const CLASSIFIERS = TABULAR_NAMES.filter((n) => TABULAR_DATASETS[n].task === 'classification');
const REGRESSIONS = TABULAR_NAMES.filter((n) => TABULAR_DATASETS[n].task === 'regression');

describe('built-in tables, from the rows the build writes', () => {
  it.each(CLASSIFIERS)('%s: prepares with the rows, classes and features its metadata promises', async (name) => {
    const info = TABULAR_DATASETS[name];
    const result = prepareTabular(name, await raw[name](), { validationSplit: 0.2, seed: 1 });
    if (!result.ok) throw new Error(result.error.message);
    const data = result.data;
    expect(data.train.n + data.validation!.n).toBe(info.rows);
    expect(data.classNames).toEqual(info.classNames);
    expect(data.featureNames).toEqual(info.featureNames);
    expect([data.task, data.d, data.outputs]).toEqual(['multiclass', 4, 3]);
  });

  it.each(REGRESSIONS)('%s: prepares as regression with the rows and features its metadata promises, target standardised', async (name) => {
    const info = TABULAR_DATASETS[name];
    const result = prepareTabular(name, await raw[name](), { validationSplit: 0.2, seed: 1 });
    if (!result.ok) throw new Error(result.error.message);
    const data = result.data;
    expect(data.train.n + data.validation!.n).toBe(info.rows);
    expect(data.featureNames).toEqual(info.featureNames);
    expect([data.task, data.d, data.outputs, data.classes]).toEqual(['regression', info.featureNames.length, 1, 0]);
    const mean = data.train.y.reduce((a, b) => a + b, 0) / data.train.n;
    expect(mean).toBeCloseTo(0, 10);
  });

  it('auto mpg: 406 cars, 14 left out (8 without mpg, 6 without horsepower), origin as three 0/1 columns', async () => {
    const cars = await buildAutoMpg();
    expect(cars.rows).toHaveLength(406);
    expect(incompleteRows(cars)).toEqual({
      rows: 14,
      byColumn: [
        { column: 'Horsepower', missing: 6 },
        { column: 'Miles per gallon', missing: 8 },
      ],
    });
    const table = tabularTable('autoMpg', cars);
    expect(table.rows).toHaveLength(392);
    // chevrolet chevelle malibu, 1970, made in the USA.
    expect(table.rows[0]).toEqual(['8', '307', '130', '3504', '12', '1970', '1', '0', '0', '18']);
    for (const row of table.rows)
      expect(
        row
          .slice(6, 9)
          .map(Number)
          .reduce((a, b) => a + b),
      ).toBe(1);
  });

  it('boston: 506 neighbourhoods, no missing values, the median value in thousands of dollars', async () => {
    const boston = await buildBoston();
    expect(incompleteRows(boston).rows).toBe(0);
    const table = tabularTable('boston', boston);
    expect(table.rows).toHaveLength(506);
    expect(table.rows[0]).toEqual(['0.00632', '18', '2.31', '0', '0.538', '6.575', '65.2', '4.09', '1', '296', '15.3', '4.98', '24']);
    expect(table.columns).not.toContain('b');
  });

  it('writes errors in the target unit', () => {
    expect(formatInUnit(2.4321, 'mpg')).toBe('2.4 mpg');
    expect(formatInUnit(3.1234, 'thousand dollars')).toBe('$3,100');
    expect(formatInUnit(12.06, 'thousand dollars')).toBe('$12,100');
  });

  it('iris: 50 of each species', () => {
    const table = tabularTable('iris', buildIris());
    const species = table.rows.map((r) => r[4]);
    for (const name of TABULAR_DATASETS.iris.classNames) expect(species.filter((s) => s === name)).toHaveLength(50);
    expect(table.rows[0]).toEqual(['5.1', '3.5', '1.4', '0.2', 'setosa']);
  });

  it('penguins: drops the 2 birds with no measurements, keeping their original row numbers for the rest', async () => {
    const penguins = await buildPenguins();
    expect(penguins.rows).toHaveLength(344);
    const table = tabularTable('penguins', penguins);
    expect(table.rows).toHaveLength(342);
    expect(table.rowNumbers.slice(0, 4)).toEqual([2, 3, 4, 6]);
    expect(table.numericColumns).toEqual([true, true, true, true, false]);
    expect(table.rows[0]).toEqual(['39.1', '18.7', '181', '3750', 'Adelie']);
  });

  it('refuses rows whose columns are not the expected ones', () => {
    expect(() => tabularTable('iris', { columns: ['a', 'b'], rows: [] })).toThrow(/^iris: the Iris flowers file has columns a, b; expected Sepal length/);
  });

  it('iris: a small network tells the species apart', () => {
    const result = prepareTabular('iris', buildIris(), { validationSplit: 0.2, seed: 2 });
    if (!result.ok) throw new Error(result.error.message);
    const { train, validation, d, outputs } = result.data;
    const model = createModel(
      {
        inputs: d,
        layers: [
          { units: 8, activation: 'tanh' },
          { units: outputs, activation: 'softmax' },
        ],
      },
      { seed: 3 },
    );
    model.compile({ optimizer: 'adam', learningRate: 0.02, loss: 'categorical_crossentropy', metrics: ['accuracy'] });
    const trainer = createTrainer(model, train, { batchSize: 16, seed: 4, validation });
    for (let e = 0; e < 60; e++) trainer.step('epoch');
    expect(trainer.history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
