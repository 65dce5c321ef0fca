import { describe, expect, it } from 'vitest';
import { buildIris } from '../../scripts/vite-plugin-datasets.ts';
import { encodeMnist, decodeMnist } from '../engine/datasets/mnist.ts';
import { parseCsv } from './csvParse.ts';
import { prepareSource, validationRow } from './prepare.ts';

describe('prepareSource', () => {
  it('iris: standardised inputs with their training statistics, classes named, nothing hard-coded', () => {
    const result = prepareSource('iris', { kind: 'tabular', name: 'iris', raw: buildIris() }, { validationSplit: 0.3, validationRows: 'shuffled', seed: 1 }, 5);
    if (!result.ok) throw new Error(result.error.message);
    const { data, table } = result;
    expect(data).toMatchObject({ source: 'iris', id: 5, validationSplit: 0.3, seed: 1, task: 'multiclass', classes: 3 });
    expect(table.trainCount + table.validationCount).toBe(150);
    expect(table.validationCount).toBe(45);
    expect(table.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(table.stats!.map((s) => s.name)).toEqual(data.inputNames);
    // The statistics are those of the training rows: standardised, each training column has mean 0 and std 1.
    const d = data.inputNames.length;
    for (let j = 0; j < d; j++) {
      let mean = 0;
      for (let i = 0; i < data.train.n; i++) mean += data.train.x[i * d + j];
      expect(mean / data.train.n).toBeCloseTo(0, 10);
    }
    expect(validationRow(table, 0)).toEqual(data.validation!.x.slice(0, d));
  });

  it('digits: pixels / 255, the held-out share as the test set, every test image kept as bytes', () => {
    const count = 20;
    const images = Uint8Array.from({ length: count * 4 }, (_, k) => (k * 37) % 256);
    const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
    const raw = decodeMnist(encodeMnist({ images, labels, count, rows: 2, cols: 2 }));
    const result = prepareSource('digits', { kind: 'digits', images: raw }, { validationSplit: 0.25, validationRows: 'shuffled', seed: 3 }, 1);
    if (!result.ok) throw new Error(result.error.message);
    const { data, table } = result;
    expect(data.image).toEqual({ rows: 2, cols: 2 });
    expect(table.trainCount).toBe(15);
    expect(table.validationCount).toBe(5);
    expect(data.inputNames).toHaveLength(4);
    for (let i = 0; i < 5; i++) expect(Float64Array.from(validationRow(table, i)!)).toEqual(data.validation!.x.slice(i * 4, i * 4 + 4));
    expect(Array.from(table.validationTargets)).toEqual(Array.from({ length: 5 }, (_, i) => data.validation!.y.slice(i * 10, i * 10 + 10).indexOf(1)));
  });

  it('a CSV with a bad cell comes back as its row and column, and nothing is prepared', () => {
    const parsed = parseCsv('x,y\n1,0\nabc,1\n3,0\n4,1\n');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = prepareSource(
      'csv',
      { kind: 'csv', fileName: 'f.csv', table: parsed.table, choice: { target: 'y', features: ['x'], task: 'classification' } },
      { validationSplit: 0.25, validationRows: 'shuffled', seed: 1 },
      1,
    );
    expect(result).toEqual({ ok: false, error: { message: "Row 3, column 'x': 'abc' is not a number.", row: 3, column: 'x' } });
  });
});
