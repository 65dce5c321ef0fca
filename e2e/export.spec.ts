// Export code, as a learner uses it: the dialog on the trained default setup, copying, and the downloaded
// NumPy script run by python3, which must print the predictions the dialog shows (the engine's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, shot } from './fixtures.ts';

/** Downloads every file of the open tab into a new folder; returns the folder and the first file's path. */
async function downloadTab(page: Page, tab: string): Promise<string> {
  await page.getByRole('tab', { name: tab }).click();
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-e2e-export-'));
  const saved = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download/ }).click();
  const download = await saved;
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

async function shownPredictions(page: Page): Promise<number[][]> {
  const cells = page.getByTestId('export-prediction');
  await expect(cells).toHaveCount(5);
  return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-values')))).map((v) => JSON.parse(v!) as number[]);
}

function runPython(script: string): number[][] {
  const r = spawnSync('/usr/bin/python3', [script], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { predictions: number[][] }).predictions;
}

function maxDifference(a: number[][], b: number[][]): number {
  return Math.max(...a.flatMap((row, i) => row.map((v, j) => Math.abs(v - b[i][j]))));
}

test('the default circle, trained a few epochs, exports as Keras and NumPy that reproduce the predictions shown', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('epoch')).toHaveText('3');

  const opener = page.getByRole('button', { name: 'Export code' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Export code' });
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Keras' })).toHaveAttribute('aria-selected', 'true');
  const code = page.getByTestId('export-code');
  await expect(code).toContainText('keras.Sequential([');
  await expect(code).toContainText('model.set_weights([');
  await expect(code).toContainText('model.fit(x, y, epochs=3');
  await expect(page.getByTestId('export-command')).toHaveText('python3 layerlab_keras.py');

  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toContain('keras.Sequential([');
  expect(clipboard).toContain('keras.optimizers.');
  await shot(page, 'export-keras-1440x900');

  const shown = await shownPredictions(page);
  const printed = runPython(await downloadTab(page, 'NumPy'));
  expect(maxDifference(printed, shown)).toBeLessThan(1e-9);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  expect(problems).toEqual([]);
});

test('iris: the NumPy export reads the raw rows, standardises them as the page does and predicts the same', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Iris' }).click();
  await expect(page.getByRole('button', { name: 'Dataset: Iris' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await page.getByRole('button', { name: 'Export code' }).click();
  await expect(page.getByTestId('export-code')).toContainText('MEAN = np.array([');
  const shown = await shownPredictions(page);
  expect(shown[0]).toHaveLength(3);
  const printed = runPython(await downloadTab(page, 'NumPy'));
  expect(maxDifference(printed, shown)).toBeLessThan(1e-9);
  await shot(page, 'export-iris-numpy-1440x900');
  expect(problems).toEqual([]);
});
