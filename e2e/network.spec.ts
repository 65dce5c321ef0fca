// The network graph as a learner meets it: wide networks that stay responsive, every weight in reach
// of the keyboard, a neuron's map shown large, and the decision regions as hard classes.
import { expect, longTasks, test, watchLongTasks } from './fixtures.ts';

const WIDE = './?data=noise&layers=256relu,256relu,256relu,256relu,256relu,256relu,256relu,256relu';

test('eight hidden layers of 256 train without freezing the page', async ({ page, problems }) => {
  await watchLongTasks(page);
  await page.goto(WIDE);
  await expect(page.getByTestId(/^neuron-7-\d+$/)).toHaveCount(256);
  // The dense bands are one canvas, not 460,000 paths.
  await expect(page.getByTestId('dense-edges')).toBeVisible();
  expect(await page.locator('[data-testid="network-graph"] path').count()).toBeLessThan(2000);

  // At the default speed. At the fastest, a frame arrives every animation frame and 256-wide layers
  // still drop to a few frames a second on a 2-core machine: not solved yet.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await longTasks(page); // the page load's tasks are not what this measures
  // Three seconds of training, counted in animation frames.
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const end = performance.now() + 3000;
        const tick = () => {
          if (performance.now() >= end) return resolve(n);
          n += 1;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  const worst = Math.max(0, ...(await longTasks(page)));
  expect(worst, 'longest main-thread task while training (ms)').toBeLessThan(1000);
  expect(frames, 'frames in 3 s of training').toBeGreaterThan(15);

  const asked = Date.now();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 1000 });
  expect(Date.now() - asked).toBeLessThan(1500);
  expect(problems).toEqual([]);
});

test('an eighth 256-wide layer is added at once, and the page stays responsive', async ({ page, problems }) => {
  await watchLongTasks(page);
  await page.goto(WIDE.replace('256relu,', ''));
  await expect(page.getByTestId(/^neuron-6-\d+$/)).toHaveCount(256);
  await longTasks(page); // the page load's tasks are not what this measures
  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  // The new layer is drawn from the setup, before the worker has built its weights.
  await expect(page.getByText('Layer 8', { exact: true })).toBeVisible();
  await expect(page.getByTestId(/^neuron-7-\d+$/)).toHaveCount(256);
  await expect(page.getByTestId(/^neuron-8-\d+$/)).toHaveCount(10);
  // Loosely: the figure that matters (click to drawn, 100 ms) is measured by npm run bench:ui.
  const worst = Math.max(0, ...(await longTasks(page)));
  expect(worst, 'longest main-thread task after the click (ms)').toBeLessThan(1000);
  // Still answering: training starts and pauses on the new shape.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 5000 });
  expect(problems).toEqual([]);
});

test('every weight of a 2-2-1 network can be reached and changed with the keyboard alone', async ({ page, problems }) => {
  await page.goto('./?layers=2tanh');
  await expect(page.getByTestId(/^neuron-0-\d+$/)).toHaveCount(2);
  const cursor = page.getByTestId('weight-keys');
  for (let i = 0; i < 80 && !(await cursor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(cursor).toBeFocused();
  await expect(page.getByTestId('weight-keys-hint')).toContainText('↑ ↓ next connection');

  // Kernel order: x₁→1, x₁→2, x₂→1, x₂→2 into layer 1, then layer 2's two weights.
  const weights = [
    { name: 'x₁ to neuron 1 of layer 1', value: '0.11' },
    { name: 'x₁ to neuron 2 of layer 1', value: '-0.22' },
    { name: 'x₂ to neuron 1 of layer 1', value: '0.33' },
    { name: 'x₂ to neuron 2 of layer 1', value: '-0.44' },
    { name: 'layer 1 neuron 1 to neuron 1 of output layer 2', value: '0.55' },
    { name: 'layer 1 neuron 2 to neuron 1 of output layer 2', value: '-0.66' },
  ];
  for (const [i, w] of weights.entries()) {
    if (i === 4) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Home');
    } else if (i > 0) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(cursor).toHaveAttribute('aria-label', new RegExp(`^weight from ${w.name}: `));
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: /^Weight from/ });
    await expect(field).toBeFocused();
    await page.keyboard.type(w.value);
    await page.keyboard.press('Enter');
    await expect(field).toBeHidden();
    await expect(cursor).toBeFocused();
    await expect(cursor).toHaveAttribute('aria-label', `weight from ${w.name}: ${Number(w.value).toFixed(4).replace('-', '−')}`);
  }
  // Escape cancels an edit and leaves the weight as it was.
  await page.keyboard.press('Enter');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(cursor).toBeFocused();
  await expect(cursor).toHaveAttribute('aria-label', /: −0\.6600$/);
  // The arrows and Enter stayed in the graph: training never stepped.
  await expect(page.getByTestId('batch-progress')).toHaveText('batch 0/25');

  await page.getByRole('tab', { name: 'Weights' }).click();
  for (const [layer, rows, cols, list] of [
    [0, 2, 2, weights.slice(0, 4)],
    [1, 2, 1, weights.slice(4)],
  ] as const) {
    const kernel = page.getByTestId(`weight-matrix-${layer}`).locator('canvas').first();
    const box = (await kernel.boundingBox())!;
    for (const [k, w] of list.entries()) {
      const row = Math.floor(k / cols);
      const col = k % cols;
      await page.mouse.move(box.x + (box.width / cols) * (col + 0.5), box.y + (box.height / rows) * (row + 0.5));
      await expect(page.getByRole('tooltip')).toContainText(`w = ${Number(w.value).toFixed(4).replace('-', '−')} from ${w.name.replace(/ to .*/, '')}`);
    }
  }
  expect(problems).toEqual([]);
});

/** The output plot's canvas: its size in cells and how many distinct colours it holds. */
async function heatmap(page: import('@playwright/test').Page) {
  return page.getByTestId('output-heatmap').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return { width: c.width, colours: [...colours] };
  });
}

test('hovering a neuron shows its map large in the output plot; a click pins it', async ({ page, problems }) => {
  await page.goto('./');
  // The plot shows the network's output: a 64 x 64 grid.
  await expect.poll(async () => (await heatmap(page)).width).toBe(64);
  const neuron = page.getByTestId('neuron-0-2').locator('.nn-neuron__frame');
  await neuron.hover();
  await expect(page.getByTestId('neuron-view')).toHaveText('Layer 1, neuron 3 — tanh');
  // Each neuron's map is a 24 x 24 grid, now at the plot's full size.
  await expect.poll(async () => (await heatmap(page)).width).toBe(24);
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('neuron-view')).toBeHidden();
  await expect.poll(async () => (await heatmap(page)).width).toBe(64);

  await neuron.click();
  await page.mouse.move(5, 5);
  const chip = page.getByRole('button', { name: 'Unpin Layer 1, neuron 3 — tanh' });
  await expect(chip).toHaveText('Pinned: Layer 1, neuron 3 — tanh ×');
  await expect.poll(async () => (await heatmap(page)).width).toBe(24);
  // Hovering another neuron shows it for as long as the pointer stays.
  await page.getByTestId('neuron-1-0').locator('.nn-neuron__frame').hover();
  await expect(page.getByTestId('neuron-view')).toHaveText('Layer 2, neuron 1 — tanh');
  await page.mouse.move(5, 5);
  await expect(page.getByTestId('neuron-view')).toBeHidden();
  // A second click on the pinned neuron unpins it; the chip unpins too, and so does Escape in the graph.
  await neuron.click();
  await expect(chip).toBeHidden();
  await neuron.click();
  await chip.click();
  await expect(chip).toBeHidden();
  await neuron.click();
  await page.mouse.move(5, 5);
  await page.getByTestId('weight-keys').focus();
  await page.keyboard.press('Escape');
  await expect(chip).toBeHidden();
  await expect.poll(async () => (await heatmap(page)).width).toBe(64);
  expect(problems).toEqual([]);
});

test('"Show classes as hard regions" paints only the class colours', async ({ page, problems }) => {
  await page.goto('./');
  await expect.poll(async () => (await heatmap(page)).colours.length).toBeGreaterThan(20); // soft shading
  const toggle = page.getByLabel('Show classes as hard regions');
  await toggle.check();
  await expect.poll(async () => (await heatmap(page)).colours.length).toBeLessThanOrEqual(2);
  // Flat class tints, none of the near-white of an unsure region.
  for (const c of (await heatmap(page)).colours) expect(c).not.toBe('255,255,255');
  await toggle.uncheck();
  await expect.poll(async () => (await heatmap(page)).colours.length).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});
