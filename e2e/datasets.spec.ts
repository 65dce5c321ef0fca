// Data beyond the plane, as a learner meets it in the production build: the digits downloaded from the
// static site and trained in the worker, drawing a digit, a built-in table, and the learner's own CSV
// (a good one, and every kind of bad one).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, percent, setSpeed, test, totalParams, stopTraining, shot } from './fixtures.ts';

// These tests hold back and fail downloads with page.route, which a service worker would bypass (its
// fetches are not the page's). The service worker has its own test in fullData.spec.ts.
test.use({ serviceWorkers: 'block' });
const dir = mkdtempSync(join(tmpdir(), 'layerlab-csv-'));

/** Writes a file for the file chooser and returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A small seeded generator, so the generated table is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DIABETES_COLUMNS = ['Pregnancies', 'Glucose', 'BloodPressure', 'SkinThickness', 'Insulin', 'BMI', 'DiabetesPedigreeFunction', 'Age', 'Outcome'];

/**
 * 768 rows shaped like the Pima diabetes table: 8 numeric measurements and a 0/1 Outcome decided by a
 * known rule on glucose, BMI and age, plus noise. `cell` may spoil a cell: (row index, column) => text.
 */
function diabetesCsv(cell?: (row: number, column: string) => string | undefined): string {
  const r = rng(7);
  const lines = [DIABETES_COLUMNS.join(',')];
  for (let i = 0; i < 768; i++) {
    const glucose = Math.round(70 + 130 * r());
    const bmi = Math.round((18 + 32 * r()) * 10) / 10;
    const age = Math.round(21 + 59 * r());
    const values: Record<string, string> = {
      Pregnancies: String(Math.floor(13 * r())),
      Glucose: String(glucose),
      BloodPressure: String(Math.round(50 + 50 * r())),
      SkinThickness: String(Math.round(10 + 40 * r())),
      Insulin: String(Math.round(300 * r())),
      BMI: String(bmi),
      DiabetesPedigreeFunction: (0.1 + 2.3 * r()).toFixed(3),
      Age: String(age),
    };
    const score = 0.05 * (glucose - 135) + 0.12 * (bmi - 34) + 0.04 * (age - 50) + (r() - 0.5) * 2;
    values.Outcome = score > 0 ? '1' : '0';
    lines.push(DIABETES_COLUMNS.map((c) => cell?.(i, c) ?? values[c]).join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function openCsvDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Dataset: Your CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your CSV file' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('digits: downloaded from the static build, trained in the worker to 90% validation accuracy; drawing one shows its probabilities', async ({ page, problems }) => {
  await page.goto('./');
  // Hold the download back a moment, so the progress bar can be seen while the page stays usable.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/datasets/mnist.bin', async (route) => {
    await held;
    await route.continue();
  });
  const download = page.waitForResponse((r) => r.url().endsWith('/layerlab/datasets/mnist.bin') && r.ok());
  await page.getByRole('button', { name: 'Dataset: Digits (MNIST)' }).click();
  await expect(page.getByRole('progressbar', { name: 'Downloading the digits' })).toBeVisible();
  await page.getByRole('tab', { name: 'Summary' }).click(); // the rest of the page keeps working
  await page.getByRole('tab', { name: 'Graph' }).click();
  release();
  await download;
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Dataset: Digits (MNIST)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('table-counts')).toHaveText('8,000 images to train on, 2,000 for validation');
  // The Keras MNIST network: 784 -> 128 relu -> 10 softmax = 784*128 + 128 + 128*10 + 10 parameters.
  await expect.poll(() => totalParams(page)).toBe(784 * 128 + 128 + 128 * 10 + 10);
  await expect(page.getByLabel('Neurons in layer 1')).toHaveValue('128');

  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 60_000 }).toBeGreaterThanOrEqual(90);
  await stopTraining(page);
  await expect(page.getByText('Validation accuracy')).toBeVisible();
  await expect(page.getByTestId('confusion-matrix')).toContainText('of 2,000 validation digits right');

  await page.getByRole('tab', { name: 'Mistakes' }).click();
  await expect(page.getByTestId('mistakes')).toContainText(/Wrong on \d+ of 2,000 validation digits/);
  await expect(page.locator('.mistake').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Draw a digit' }).click();
  const pad = page.getByTestId('digit-canvas');
  const box = (await pad.boundingBox())!;
  // A 7: a bar across the top, then a stroke down to the lower left.
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.2, { steps: 10 });
  await page.mouse.move(box.x + box.width * 0.42, box.y + box.height * 0.85, { steps: 14 });
  await page.mouse.up();
  await expect(page.getByText('What the network sees: your digit')).toBeVisible();
  const values = page.getByTestId(/^prob-\d$/);
  await expect(values).toHaveCount(10);
  const numbers = (await values.allTextContents()).map((t) => Number.parseFloat(t));
  expect(numbers.every((n) => n >= 0 && n <= 100)).toBe(true);
  expect(Math.abs(numbers.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.6); // each rounded to 0.1
  await expect(page.getByTestId('network-graph')).toContainText('the digit you drew');
  await shot(page, 'digits-1440x900');
  expect(problems).toEqual([]);
});

test('a failed download is reported in place with a Retry that works', async ({ page, problems }) => {
  await page.goto('./');
  await page.route('**/datasets/iris.json', (route) => route.abort());
  await page.getByRole('button', { name: 'Dataset: Iris' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Could not load' });
  await expect(failure).toContainText('Could not load the Iris flowers data: the network request failed. Check the connection and try again.');
  await page.unroute('**/datasets/iris.json');
  await failure.getByRole('button', { name: 'Retry' }).click();
  await expect(failure).toHaveCount(0);
  await expect(page.getByTestId('table-counts')).toHaveText('105 rows to train on, 45 for validation');
  // The browser reports the aborted request on the console; that one was meant to fail.
  const unexpected = problems.filter((p) => !/Failed to load resource/.test(p));
  problems.splice(0, problems.length, ...unexpected);
  expect(problems).toEqual([]);
});

test('iris: a real table shows its columns, classes and standardisation, and trains with a confusion matrix; Keras’ last rows hold out only virginica', async ({
  page,
  problems,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Iris' }).click();
  await expect(page.getByTestId('table-counts')).toHaveText('105 rows to train on, 45 for validation');
  const classes = page.getByRole('list', { name: 'Classes' });
  await expect(classes).toContainText('setosa');
  await expect(classes).toContainText('versicolor');
  await expect(classes).toContainText('virginica');
  const stats = page.locator('.stats-table');
  await expect(stats).toContainText('standardised');
  await expect(stats.locator('tbody tr')).toHaveCount(4);
  await expect(stats).toContainText('Petal length (cm)');
  // 4 inputs -> 8 relu -> 3 softmax
  await expect.poll(() => totalParams(page)).toBe(4 * 8 + 8 + 8 * 3 + 3);

  // A speed to watch it at: about three epochs a second.
  await setSpeed(page, 3);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 30_000 }).toBeGreaterThanOrEqual(90);
  await stopTraining(page);
  await expect(page.getByTestId('confusion-matrix')).toContainText('of 45 validation rows right');
  await shot(page, 'iris-1440x900');

  // Keras' validation_split takes the file's last rows: for iris, listed species by species, that
  // holds out only virginica. The page says why it shuffles, and shows the difference when asked.
  const rows = page.getByLabel('Validation rows');
  await expect(rows).toHaveValue('shuffled');
  await expect(page.getByText('Iris lists its flowers species by species')).toBeVisible();
  await rows.selectOption('last');
  await expect(page.getByText("The file's last rows, in order, are the validation rows")).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('rows')).toBe('last');
  const matrix = page.getByTestId('confusion-matrix');
  await expect(matrix.getByRole('rowheader', { name: /virginica/ })).toHaveAttribute('title', 'True class virginica: 45 rows');
  await expect(matrix.getByRole('rowheader', { name: /setosa/ })).toHaveAttribute('title', 'True class setosa: 0 rows');
  await expect(page.getByTestId('table-counts')).toHaveText('105 rows to train on, 45 for validation');
  expect(problems).toEqual([]);
});

test('your CSV: a diabetes-shaped table imports, trains and shows validation accuracy', async ({ page, problems }) => {
  await page.goto('./');
  const dialog = await openCsvDialog(page);
  await dialog.getByLabel('Choose a CSV file').setInputFiles(file('diabetes.csv', diabetesCsv()));
  await expect(dialog).toContainText('diabetes.csv');
  await expect(dialog).toContainText('768 rows · 9 columns');
  await expect(dialog.getByTestId('csv-preview').locator('tbody tr')).toHaveCount(8);
  await expect(dialog.getByLabel('Predict (target column)')).toHaveValue('Outcome');
  await expect(dialog.getByRole('radio', { name: /Classification/ })).toBeChecked();
  for (const c of DIABETES_COLUMNS.slice(0, 8)) await expect(dialog.getByRole('checkbox', { name: c })).toBeChecked();
  await shot(page, 'csv-dialog-preview');

  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dataset: Your CSV…' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('table-counts')).toHaveText('614 rows to train on, 154 for validation');
  // 8 inputs -> 16 relu -> 8 relu -> 1 sigmoid (two classes)
  await expect.poll(() => totalParams(page)).toBe(8 * 16 + 16 + 16 * 8 + 8 + 8 + 1);
  // "Use this data" loads the data and waits, as every other dataset does: the learner presses Play.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 30_000 }).toBeGreaterThanOrEqual(70);
  await stopTraining(page);
  await expect(page.getByTestId('confusion-matrix')).toContainText('of 154 validation rows right');
  expect(problems).toEqual([]);
});

test('every kind of bad CSV is refused in the dialog, naming the row and column, and the current data and model stay', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  const params = await totalParams(page);

  const dialog = await openCsvDialog(page);
  const input = dialog.getByLabel('Choose a CSV file');
  const error = dialog.getByTestId('csv-error');
  const use = dialog.getByRole('button', { name: 'Use this data' });

  await input.setInputFiles(file('no-header.csv', '5.1,3.5,1.4,0.2,0\n4.9,3.0,1.4,0.2,0\n'));
  await expect(error).toContainText('The first row should name the columns');
  await expect(error).toContainText('Row 1');

  const ragged = ['c1,c2,c3,c4,c5,c6,c7,c8,c9', ...Array.from({ length: 20 }, (_, i) => (i === 12 ? '1,2,3,4,5,6,7' : '1,2,3,4,5,6,7,8,0'))].join('\n');
  await input.setInputFiles(file('ragged.csv', ragged));
  await expect(error).toContainText('Row 14 has 7 values; the header has 9 columns.');
  await expect(error).toContainText('column “c8”');

  await input.setInputFiles(
    file(
      'text-in-a-number.csv',
      diabetesCsv((row, c) => (row === 10 && c === 'Glucose' ? 'abc' : undefined)),
    ),
  );
  await expect(dialog.getByRole('checkbox', { name: 'Glucose' })).toBeChecked();
  await use.click();
  await expect(error).toContainText("Row 12, column 'Glucose': 'abc' is not a number.");
  await expect(error).toContainText('Row 12 · column “Glucose”');
  // The preview adds the row the error names, with the bad cell marked.
  await expect(dialog.getByTestId('csv-preview').locator('td.is-bad')).toHaveText('abc');
  await shot(page, 'csv-dialog-error');

  await input.setInputFiles(
    file(
      'missing.csv',
      diabetesCsv((row, c) => (row === 38 && c === 'BMI' ? '' : undefined)),
    ),
  );
  await use.click();
  await expect(error).toContainText("Row 40, column 'BMI' is empty.");

  await input.setInputFiles(file('empty.csv', ''));
  await expect(error).toContainText('The file is empty.');

  await input.setInputFiles(file('huge.csv', `a,b\n${'1,2\n'.repeat(5_300_000)}`)); // 21.2 MB
  await expect(error).toContainText('This file is 21 MB; Layerlab handles files up to 20 MB in the browser.');
  await expect(use).toBeDisabled();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // Nothing reached the worker: the same data, the same network, the same epoch.
  await expect(page.getByRole('button', { name: 'Dataset: Circle' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Dataset: Your CSV…' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('epoch')).toHaveText('1');
  expect(await totalParams(page)).toBe(params);
  await expect(page.getByTestId('output-plot')).toBeVisible();
  expect(problems).toEqual([]);
});

test('links: noise and iris come back with their seed and split; a CSV cannot, and the page says why', async ({ page, problems }) => {
  await page.goto('./?data=noise&seed=3&split=0.3&n=500');
  await expect(page.getByRole('button', { name: 'Dataset: Random noise' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('table-counts')).toHaveText('350 rows to train on, 150 for validation · seed 3');
  await expect(page.getByTestId('network-graph')).toContainText('100 inputs');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('confusion-matrix')).toContainText('of 150 validation rows right');

  await page.goto('./?data=iris&seed=4&split=0.2');
  await expect(page.getByRole('button', { name: 'Dataset: Iris' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('table-counts')).toHaveText('120 rows to train on, 30 for validation');

  await page.goto('./?data=csv&seed=9');
  await expect(page.getByRole('status')).toContainText('A CSV file stays on your computer, so a link cannot bring it back: choose the file again.');
  await expect(page.getByRole('button', { name: 'Dataset: Circle' })).toHaveAttribute('aria-pressed', 'true');
  expect(problems).toEqual([]);
});
