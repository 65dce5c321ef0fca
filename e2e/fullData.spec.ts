// The tutorials' data in full, from the static build: all 70,000 digits with MNIST's official split,
// a 512-neuron layer, the regression tables with errors in their own units, and the site offline.
import { expect, percent, setSpeed, test, totalParams, shot } from './fixtures.ts';

// The download is held back until its progress bar has been seen: from the test's own server it can end
// before the first look. page.route does not see a service worker's fetches, so none runs in this test.
test.describe('the full download', () => {
  test.use({ serviceWorkers: 'block' });

  test('all 70,000 digits: downloaded with progress, split officially, the tutorial network trains with progress in the epoch', async ({ page, problems }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/datasets/mnist-train.bin', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await page.getByRole('button', { name: 'Dataset: All 70,000 digits' }).click();
    const bar = page.getByRole('progressbar', { name: 'Downloading all 70,000 digits' });
    await expect(bar).toBeVisible();
    await expect(page.getByText(/11\.5 MB download/)).toBeVisible();
    release();
    await expect(page.getByTestId('table-counts')).toHaveText('54,000 images to train on, 6,000 for validation, and 10,000 test images apart', { timeout: 60_000 });
    await expect(bar).toHaveCount(0);
    // Keras' tutorial: 784 -> 512 relu -> 10 softmax.
    await expect.poll(() => totalParams(page)).toBe(784 * 512 + 512 + 512 * 10 + 10);

    // Above the limit: the typed value stays, with the limit said beside it.
    const units = page.getByLabel('Neurons in layer 1');
    await units.fill('600');
    await units.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'a layer here has 1 to 512 neurons' })).toBeVisible();
    await expect(units).toHaveValue('600');
    await units.press('Escape');
    await expect(units).toHaveValue('512');

    await setSpeed(page, 5);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const progress = page.getByTestId('epoch-progress');
    await expect(progress).toContainText(/0 epochs done · batch [1-9][\d,]* of 422 of epoch 1 · [\d,]+ samples\/s · about .+ left in this epoch/, { timeout: 30_000 });
    await shot(page, 'mnist-full-training-1440x900');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    expect(problems).toEqual([]);
  });
});

test('the quick digits take a 512-neuron layer and train', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Digits (MNIST)' }).click();
  await expect(page.getByTestId('table-counts')).toHaveText('8,000 images to train on, 2,000 for validation');
  const units = page.getByLabel('Neurons in layer 1');
  await units.fill('512');
  await units.press('Enter');
  await expect.poll(() => totalParams(page)).toBe(784 * 512 + 512 + 512 * 10 + 10);
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 60_000 }).toBeGreaterThanOrEqual(85);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  expect(problems).toEqual([]);
});

for (const { card, unit, pattern, leftOut } of [
  { card: 'Auto MPG', unit: 'mpg', pattern: /^MAE \d+\.\d mpg$/, leftOut: '14 rows with a missing value left out (6 without horsepower, 8 without miles per gallon); 392 used.' },
  { card: 'Boston housing', unit: 'dollars', pattern: /^MAE \$[\d,]+00$/, leftOut: null },
]) {
  test(`${card}: a regression table trains and states its error in ${unit}`, async ({ page, problems }) => {
    await page.goto('./');
    await page.getByRole('button', { name: `Dataset: ${card}` }).click();
    await expect(page.getByTestId('table-counts')).toContainText('for validation');
    if (leftOut) await expect(page.getByTestId('left-out')).toHaveText(leftOut);
    await expect(page.locator('.stats-table')).toContainText('standardised');
    await setSpeed(page, 5);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const mae = page.getByTestId('mae');
    await expect(mae).toHaveText(pattern, { timeout: 30_000 });
    // Trained a while, the error is small against the data's spread (mpg 9-47, home values $5,000-$50,000).
    await expect.poll(async () => Number(((await mae.textContent()) ?? '').replace(/[^\d.]/g, '')), { timeout: 60_000 }).toBeLessThan(unit === 'mpg' ? 3.5 : 4000);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await shot(page, `${card.replace(/\W+/g, '-').toLowerCase()}-1440x900`);
    expect(problems).toEqual([]);
  });
}

test('offline: after one visit the playground opens and trains, and digits opened before load; others say they need a connection', async ({ page, context, problems }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('button', { name: 'Dataset: Digits (MNIST)' }).click();
  await expect(page.getByTestId('table-counts')).toHaveText('8,000 images to train on, 2,000 for validation');

  await context.setOffline(true);
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Circle' }).click();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 30_000 }).toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();

  await page.getByRole('button', { name: 'Dataset: Digits (MNIST)' }).click();
  await expect(page.getByTestId('table-counts')).toHaveText('8,000 images to train on, 2,000 for validation');
  await page.getByRole('button', { name: 'Dataset: Iris' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'need a connection the first time' })).toBeVisible();
  await context.setOffline(false);
  expect(problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
  problems.length = 0;
});
