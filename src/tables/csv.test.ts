import { describe, expect, it } from 'vitest';
import { createModel } from '../engine/model.ts';
import { createRng, shuffleInPlace } from '../engine/random.ts';
import { createTrainer } from '../engine/trainer.ts';
import { checkCsvSize, prepareTable, tableOf, type CsvTable, type PrepareOptions, type PreparedData, type TableError } from './csv.ts';
import { parseCsv, parseCsvText } from './csvParse.ts';

function table(text: string): CsvTable {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`expected a table, got: ${result.error.message}`);
  return result.table;
}

function parseError(text: string, opts?: Parameters<typeof parseCsv>[1]): TableError {
  const result = parseCsv(text, opts);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function prepared(t: CsvTable, opts: Partial<PrepareOptions> & Pick<PrepareOptions, 'target' | 'features'>): PreparedData {
  const result = prepareTable(t, { task: 'classification', validationSplit: 0.25, seed: 1, ...opts });
  if (!result.ok) throw new Error(`expected data, got: ${result.error.message}`);
  return result.data;
}

function prepareError(t: CsvTable, opts: Partial<PrepareOptions> & Pick<PrepareOptions, 'target' | 'features'>): TableError {
  const result = prepareTable(t, { task: 'classification', validationSplit: 0.25, seed: 1, ...opts });
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

/** A header of `columns` names and `rows` rows of numbers, as a spreadsheet would export it. */
function csv(columns: string[], rows: number, cell: (row: number, col: number) => string = (r, c) => String(r * 10 + c)): string {
  const lines = [columns.join(',')];
  for (let r = 0; r < rows; r++) lines.push(columns.map((_, c) => cell(r, c)).join(','));
  return `${lines.join('\n')}\n`;
}

describe('parseCsv', () => {
  it('reads a header and trimmed rows, and tells which columns are numeric', () => {
    const t = table('name, age ,score\nAda, 36, 1.5e1\nAlan,41,NA\n');
    expect(t.columns).toEqual(['name', 'age', 'score']);
    expect(t.rows).toEqual([
      ['Ada', '36', '1.5e1'],
      ['Alan', '41', 'NA'],
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
    // NA is a missing value, not text: the column still counts as numeric.
    expect(t.numericColumns).toEqual([false, true, true]);
  });

  it('numbers rows as a spreadsheet does: blank lines count but are left out, a quoted line break does not start a row', () => {
    const t = table('a,b\n1,2\n\n3,"x\ny"\n,\n5,6\n\n');
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', 'x\ny'],
      ['5', '6'],
    ]);
    expect(t.rowNumbers).toEqual([2, 4, 6]);
  });

  it('takes Excel exports: a byte-order mark, CRLF line ends, semicolons', () => {
    const t = table('\ufeffa;b\r\n1;2\r\n3;4\r\n');
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('does not count hexadecimal, Infinity or a lone sign as numbers', () => {
    for (const v of ['0x1f', 'Infinity', '-', '1e999', '"1,5"']) expect(table(`a\n${v}\n`).numericColumns).toEqual([false]);
    for (const v of ['-3', '+.5', '7.', '2E-3']) expect(table(`a\n${v}\n`).numericColumns).toEqual([true]);
  });

  it('refuses an empty file', () => {
    expect(parseError('')).toEqual({ message: 'The file is empty.' });
    expect(parseError(' \n\n ')).toEqual({ message: 'The file is empty.' });
  });

  it('refuses a file whose first row is data, not column names', () => {
    const error = parseError('5.1,3.5,1.4,0.2,0\n4.9,3.0,1.4,0.2,0\n');
    expect(error.row).toBe(1);
    expect(error.message).toMatch(/^The first row should name the columns, but it looks like data \(5\.1, 3\.5, 1\.4, 0\.2, …\)/);
  });

  it('refuses a column without a name, naming its position', () => {
    expect(parseError('a,,c\n1,2,3\n')).toEqual({ message: 'Column 2 (B) has no name. The first row should name every column.', row: 1 });
  });

  it('refuses two columns with the same name', () => {
    expect(parseError('Age,BMI,Age\n1,2,3\n')).toEqual({
      message: "Two columns are named 'Age' (columns A and C). Give each column its own name.",
      row: 1,
      column: 'Age',
    });
  });

  it('refuses a row with too few values, naming the row and the first column left without one', () => {
    const names = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'];
    const lines = csv(names, 20).split('\n');
    lines[13] = '1,2,3,4,5,6,7'; // spreadsheet row 14
    expect(parseError(lines.join('\n'))).toEqual({ message: 'Row 14 has 7 values; the header has 9 columns.', row: 14, column: 'c8' });
  });

  it('refuses a row with too many values', () => {
    expect(parseError('a,b\n1,2\n3,4,5\n')).toEqual({ message: 'Row 3 has 3 values; the header has 2 columns.', row: 3 });
  });

  it('refuses a quoted value that is never closed, at the row where it starts', () => {
    expect(parseError('a,b\n1,2\n3,"4\n5,6\n')).toEqual({ message: 'Row 3: a quoted value starts here but its closing quote (") is missing.', row: 3 });
  });

  it('refuses a header with no data under it', () => {
    expect(parseError('a,b\n\n')).toEqual({ message: 'The file has a header row but no data under it.', row: 2 });
  });

  it('refuses a file that is too large, in bytes as on disk', () => {
    expect(checkCsvSize(85_000_000)).toEqual({ message: 'This file is 85 MB; Layerlab handles files up to 20 MB in the browser.' });
    expect(checkCsvSize(20_000_000)).toBeNull();
    expect(checkCsvSize(2_345_678)).toBeNull();
    expect(checkCsvSize(2_345_678, 1_000_000)!.message).toBe('This file is 2.3 MB; Layerlab handles files up to 1 MB in the browser.');
    // 'é' is 2 bytes in UTF-8: 2 + 34 * 3 = 104 bytes, over a 100-byte limit, though only 70 characters.
    expect(parseError(`a\n${'é\n'.repeat(34)}`, { maxBytes: 100 }).message).toBe('This file is 1 kB; Layerlab handles files up to 1 kB in the browser.');
    expect(parseCsv(`a\n${'é\n'.repeat(32)}`, { maxBytes: 100 }).ok).toBe(true);
  });

  it('refuses a file with too many rows, at the first row past the limit', () => {
    expect(parseError(csv(['a'], 6), { maxRows: 5 })).toEqual({
      message: 'This file has more than 5 rows; Layerlab handles up to 5 in the browser.',
      row: 7,
    });
    expect(parseCsv(csv(['a'], 5), { maxRows: 5 }).ok).toBe(true);
  });
});

describe('prepareTable', () => {
  const diabetesColumns = ['Pregnancies', 'Glucose', 'BloodPressure', 'SkinThickness', 'Insulin', 'BMI', 'DiabetesPedigreeFunction', 'Age', 'Outcome'];
  const features = diabetesColumns.slice(0, 8);

  it('names the row and column of a cell that is not a number, and counts the other problems', () => {
    const t = table(csv(diabetesColumns, 50, (r, c) => (r === 10 && c === 1 ? 'abc' : r === 30 && c === 5 ? '' : String(r % 2))));
    expect(prepareError(t, { target: 'Outcome', features })).toEqual({
      message: "Row 12, column 'Glucose': 'abc' is not a number. 1 other cell in the chosen columns has a problem too.",
      row: 12,
      column: 'Glucose',
    });
    // Leaving the bad column out leaves only the empty cell.
    expect(prepareError(t, { target: 'Outcome', features: features.filter((f) => f !== 'Glucose') })).toEqual({
      message: "Row 32, column 'BMI' is empty.",
      row: 32,
      column: 'BMI',
    });
  });

  it('names an empty cell or a missing-value marker, whether in a feature or the target', () => {
    const t = table(csv(diabetesColumns, 50, (r, c) => (r === 38 && c === 5 ? '' : String(r % 2))));
    expect(prepareError(t, { target: 'Outcome', features })).toEqual({ message: "Row 40, column 'BMI' is empty.", row: 40, column: 'BMI' });
    const na = table('x,y\n1,0\n2,NA\n3,1\n');
    expect(prepareError(na, { target: 'y', features: ['x'] })).toEqual({ message: "Row 3, column 'y' is missing ('NA').", row: 3, column: 'y' });
  });

  it('suggests a dot for a decimal comma in a comma-separated file', () => {
    const t = table('x,y\n"1,5",0\n2,1\n');
    expect(prepareError(t, { target: 'y', features: ['x'] }).message).toBe("Row 2, column 'x': '1,5' is not a number. Write decimals with a dot: '1.5'.");
  });

  it('reads decimal commas in a semicolon-separated file as decimals, and says so', () => {
    const result = parseCsvText('x;y;name\n1,5;0;a,b\n-1.234,25;1;c\n2;1;d\n');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.summary.numericColumns).toEqual([true, true, false]);
    expect(result.summary.notices).toEqual(['This file writes decimals with a comma (like 1,5); 2 values were read with a dot (1.5).']);
    expect(table('x;y\n1,5;0\n-1.234,25;1\n').rows.map((r) => r[0])).toEqual(['1.5', '-1234.25']);
  });

  it('refuses a target with a single class', () => {
    const t = table('x,y\n1,yes\n2,yes\n');
    expect(prepareError(t, { target: 'y', features: ['x'] })).toEqual({
      message: "The target 'y' has only one value ('yes'); a classifier needs at least two classes.",
      column: 'y',
    });
  });

  it('refuses a classification target with more than 20 classes', () => {
    const t = table(csv(['x', 'price'], 30, (r) => String(r)));
    expect(prepareError(t, { target: 'price', features: ['x'] })).toEqual({
      message: "The target 'price' has 30 different values; classification handles up to 20 classes. If it is a quantity, choose regression.",
      column: 'price',
    });
  });

  it('refuses a regression target that is not numeric, or is constant', () => {
    const t = table('x,price\n1,3\n2,cheap\n3,5\n');
    expect(prepareError(t, { target: 'price', features: ['x'], task: 'regression' })).toEqual({
      message: "Row 3, column 'price': 'cheap' is not a number. A regression target must be a number; to predict categories, choose classification.",
      row: 3,
      column: 'price',
    });
    expect(prepareError(table('x,y\n1,3\n2,3\n'), { target: 'y', features: ['x'], task: 'regression' })).toEqual({
      message: "The target 'y' is 3 in every row, so there is nothing to predict.",
      column: 'y',
    });
  });

  it('refuses columns that are not there, chosen twice, or both target and input; and bad settings', () => {
    const t = table('x,y\n1,0\n2,1\n');
    expect(prepareError(t, { target: 'z', features: ['x'] })).toEqual({ message: "There is no column named 'z'.", column: 'z' });
    expect(prepareError(t, { target: 'y', features: ['w'] })).toEqual({ message: "There is no column named 'w'.", column: 'w' });
    expect(prepareError(t, { target: 'y', features: [] })).toEqual({ message: 'Choose at least one input column.' });
    expect(prepareError(t, { target: 'y', features: ['x', 'y'] })).toEqual({ message: "'y' is the target, so it cannot also be an input.", column: 'y' });
    expect(prepareError(t, { target: 'y', features: ['x', 'x'] })).toEqual({ message: "'x' is chosen twice as an input.", column: 'x' });
    expect(prepareError(t, { target: 'y', features: ['x'], validationSplit: 1 }).message).toBe('The validation split must be between 0 and 0.9, got 1.');
    expect(prepareError(t, { target: 'y', features: ['x'], seed: 0.5 }).message).toBe('The seed must be a whole number, got 0.5.');
  });

  it('keeps two classes as one 0/1 column for a sigmoid, sorting numeric labels as numbers', () => {
    const t = table(csv(['x', 'label'], 40, (r, c) => (c === 0 ? String(r) : r % 2 ? '10' : '2.0')));
    const data = prepared(t, { target: 'label', features: ['x'] });
    expect(data.task).toBe('binary');
    expect([data.outputs, data.classes, data.classNames]).toEqual([1, 2, ['2', '10']]);
    expect(data.train.n + data.validation!.n).toBe(40);
    expect(data.validation!.n).toBe(10);
    expect(data.train.y.length).toBe(data.train.n);
    // Row r has x = r; its label is 10 (class 1) for odd r. Undo the standardisation to find r.
    const { mean, std } = data.standardizer;
    for (let i = 0; i < data.train.n; i++) {
      const r = Math.round(data.train.x[i] * std[0] + mean[0]);
      expect(data.train.y[i]).toBe(r % 2);
    }
  });

  it('one-hot encodes three or more classes in sorted order', () => {
    const t = table('x,species\n1,virginica\n2,setosa\n3,versicolor\n4,setosa\n');
    const data = prepared(t, { target: 'species', features: ['x'], validationSplit: 0 });
    expect(data.task).toBe('multiclass');
    expect(data.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(data.outputs).toBe(3);
    expect(data.validation).toBeNull();
    const { mean, std } = data.standardizer;
    for (let i = 0; i < data.train.n; i++) {
      const x = Math.round(data.train.x[i] * std[0] + mean[0]);
      const expected = { 1: [0, 0, 1], 2: [1, 0, 0], 3: [0, 1, 0], 4: [1, 0, 0] }[x];
      expect(Array.from(data.train.y.subarray(i * 3, i * 3 + 3))).toEqual(expected);
    }
  });

  it('standardises features with the training rows only, and a regression target too, keeping its scale', () => {
    const t = table(csv(['a', 'b', 'y'], 100, (r, c) => String(c === 2 ? 1000 + 5 * r : c === 0 ? r : r * r)));
    const data = prepared(t, { target: 'y', features: ['a', 'b'], task: 'regression', validationSplit: 0.3 });
    expect([data.task, data.outputs, data.classes, data.classNames]).toEqual(['regression', 1, 0, []]);
    const columnMean = (x: Float64Array, d: number, j: number) => x.filter((_, k) => k % d === j).reduce((s, v) => s + v, 0) / (x.length / d);
    expect(columnMean(data.train.x, 2, 0)).toBeCloseTo(0, 12);
    expect(columnMean(data.train.x, 2, 1)).toBeCloseTo(0, 12);
    expect(Math.abs(columnMean(data.validation!.x, 2, 0))).toBeGreaterThan(1e-6);
    expect(columnMean(data.train.y, 1, 0)).toBeCloseTo(0, 12);
    // Back in the file's units, y is 1000 + 5a.
    const { mean, std } = data.targetScale!;
    for (let i = 0; i < data.validation!.n; i++) {
      const a = data.validation!.x[i * 2] * data.standardizer.std[0] + data.standardizer.mean[0];
      expect(data.validation!.y[i] * std + mean).toBeCloseTo(1000 + 5 * a, 9);
    }
  });

  it('splits the same way for the same seed and differently for another', () => {
    const t = table(csv(['x', 'y'], 50, (r, c) => String(c === 0 ? r : r % 3)));
    const a = prepared(t, { target: 'y', features: ['x'], seed: 7 });
    expect(prepared(t, { target: 'y', features: ['x'], seed: 7 })).toEqual(a);
    expect(prepared(t, { target: 'y', features: ['x'], seed: 8 }).train.x).not.toEqual(a.train.x);
  });

  it('prepares a diabetes-shaped table that a small network learns well above chance', () => {
    const rng = createRng(2024);
    const round = (v: number, digits = 0) => Number(v.toFixed(digits));
    const lines = [diabetesColumns.join(',')];
    let positives = 0;
    for (let i = 0; i < 768; i++) {
      const pregnancies = Math.min(17, Math.floor(Math.abs(rng.normal(3, 3.4))));
      const glucose = round(rng.normal(121, 32));
      const pressure = round(Math.max(0, rng.normal(69, 19)));
      const skin = round(Math.max(0, rng.normal(20, 16)));
      const insulin = round(Math.abs(rng.normal(80, 115)));
      const bmi = round(rng.normal(32, 7.9), 1);
      const pedigree = round(Math.abs(rng.normal(0.47, 0.33)), 3);
      const age = 21 + Math.floor(Math.abs(rng.normal(0, 16)));
      // A known rule plus noise: glucose, BMI, age and family history raise the risk; pressure, skin and insulin do not matter.
      const logit = 0.04 * (glucose - 121) + 0.1 * (bmi - 32) + 0.04 * (age - 33) + 0.1 * (pregnancies - 3.5) + 1.2 * (pedigree - 0.47) - 0.6;
      const outcome = logit + rng.normal(0, 0.6) > 0 ? 1 : 0;
      positives += outcome;
      lines.push([pregnancies, glucose, pressure, skin, insulin, bmi, pedigree, age, outcome].join(','));
    }
    expect(positives / 768).toBeGreaterThan(0.25);
    expect(positives / 768).toBeLessThan(0.5);

    const t = table(lines.join('\n'));
    expect(t.numericColumns).toEqual(diabetesColumns.map(() => true));
    const data = prepared(t, { target: 'Outcome', features, validationSplit: 0.2, seed: 3 });
    expect([data.task, data.d, data.outputs, data.classNames]).toEqual(['binary', 8, 1, ['0', '1']]);
    expect([data.train.n, data.validation!.n]).toEqual([614, 154]);

    const model = createModel(
      {
        inputs: data.d,
        layers: [
          { units: 8, activation: 'relu' },
          { units: data.outputs, activation: 'sigmoid' },
        ],
      },
      { seed: 4 },
    );
    model.compile({ optimizer: 'adam', learningRate: 0.01, loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const trainer = createTrainer(model, data.train, { batchSize: 32, seed: 5, validation: data.validation });
    for (let e = 0; e < 40; e++) trainer.step('epoch');
    expect(trainer.history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.7);
  });
});

describe('finite numbers too large to standardise', () => {
  it('names the row and column of the largest value, for an input or a regression target', () => {
    const huge = table('a,b,y\n1,1.7e308,0\n2,-1.7e308,1\n3,5,0\n4,6,1\n');
    expect(prepareError(huge, { target: 'y', features: ['a', 'b'] })).toEqual({
      message: expect.stringMatching(/^Row 2, column 'b': 1\.7e308 is too large to learn from\. .*Divide the column by a power of ten/),
      row: 2,
      column: 'b',
    });
    // 1e200 is fine on its own, but its square overflows.
    const squares = table('x,y\n1,1e200\n2,3\n3,4\n4,-2e200\n');
    expect(prepareError(squares, { target: 'y', features: ['x'], task: 'regression' })).toMatchObject({ row: 5, column: 'y' });
    // Numbers of an ordinary size, however many, pass.
    expect(prepared(table('x,y\n1e100,0\n-1e100,1\n3e99,0\n4,1\n'), { target: 'y', features: ['x'] }).train.n).toBe(3);
  });

  it('catches a validation row far outside the training rows', () => {
    // With one validation row among tiny training values, only that row overflows once rescaled.
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 2 ? 1e-300 : -1e-300},${i % 2}`);
    rows[7] = '1.7e308,1';
    const t = table(`x,y\n${rows.join('\n')}\n`);
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = prepareTable(t, { target: 'y', features: ['x'], task: 'classification', validationSplit: 0.25, seed });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ row: 9, column: 'x' });
    }
  });
});

describe('validation rows', () => {
  const rows = Array.from({ length: 10 }, (_, i) => [String(i), String(i % 2)]);
  const table = tableOf(
    ['x', 'y'],
    rows,
    rows.map((_, i) => i + 2),
  );
  const opts = { target: 'y', features: ['x'], task: 'classification' as const, validationSplit: 0.3, seed: 4 };
  const xs = (r: ReturnType<typeof prepareTable>) => {
    if (!r.ok) throw new Error(r.error.message);
    const { standardizer } = r.data;
    return Array.from(r.data.validation!.x, (v) => Math.round(v * standardizer.std[0] + standardizer.mean[0]));
  };

  it("holds out the file's last rows, in order, as Keras' validation_split does", () => {
    expect(xs(prepareTable(table, { ...opts, validationRows: 'last' }))).toEqual([7, 8, 9]);
  });

  it('holds out the last rows of the seeded shuffle when shuffled, as before', () => {
    const order = Uint32Array.from({ length: 10 }, (_, i) => i);
    shuffleInPlace(order, createRng(4));
    const expected = Array.from(order.subarray(7));
    expect(xs(prepareTable(table, { ...opts, validationRows: 'shuffled' }))).toEqual(expected);
    expect(xs(prepareTable(table, opts))).toEqual(expected);
    expect(expected).not.toEqual([7, 8, 9]);
  });
});
