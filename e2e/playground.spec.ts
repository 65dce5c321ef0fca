// The playground as a learner uses it, against the production build served from a sub-path.
import { expect, GUIDE_KEY, percent, setSpeed, test, totalParams, stopTraining, shot } from './fixtures.ts';

test('loads from a sub-path with no console errors and no request to another origin', async ({ page, problems }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Layerlab' })).toBeVisible();
  await expect(page.getByTestId('network-graph')).toBeVisible();
  await expect(page.getByTestId('output-plot')).toBeVisible();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  expect(page.url()).toContain('/layerlab/');
  expect(problems).toEqual([]);
});

test('adding a layer and a neuron changes the graph and the parameter count', async ({ page, problems }) => {
  await page.goto('./');
  // Default: 2 inputs -> 4 tanh -> 2 tanh -> 1 sigmoid = (2*4+4) + (4*2+2) + (2*1+1) = 25
  await expect.poll(() => totalParams(page)).toBe(25);
  await expect(page.getByTestId(/^neuron-2-\d+$/)).toHaveCount(1);

  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  // The new layer copies the last: 4 -> 2 -> 2 -> 1: 12 + 10 + (2*2+2) + (2*1+1) = 31
  await expect(page.getByTestId(/^neuron-2-\d+$/)).toHaveCount(2);
  await expect(page.getByTestId(/^neuron-3-\d+$/)).toHaveCount(1);
  await expect.poll(() => totalParams(page)).toBe(31);

  await page.getByRole('button', { name: 'Add neuron to layer 3' }).click();
  // 4 -> 2 -> 3 -> 1: 12 + 10 + (2*3+3) + (3*1+1) = 35
  await expect(page.getByTestId(/^neuron-2-\d+$/)).toHaveCount(3);
  await expect(page.getByTestId(/^edge-3-\d+-0$/)).toHaveCount(3);
  await expect.poll(() => totalParams(page)).toBe(35);
  expect(problems).toEqual([]);
});

for (const dataset of ['Circle', 'Exclusive or']) {
  test(`training ${dataset} from the default setup reaches 95% validation accuracy`, async ({ page, problems }) => {
    await page.goto('./');
    await page.getByRole('button', { name: `Dataset: ${dataset}` }).click();
    await expect(page.getByRole('button', { name: `Dataset: ${dataset}` })).toHaveAttribute('aria-pressed', 'true');
    await setSpeed(page, 5);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 60_000 }).toBeGreaterThanOrEqual(95);
    await stopTraining(page);
    expect(Number(await page.getByTestId('epoch').textContent())).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

test('a typed weight changes what the page shows', async ({ page, problems }) => {
  await page.goto('./');
  const plot = page.getByTestId('output-plot').locator('canvas').first();
  await expect(page.getByTestId('edge-0-0-0')).toBeAttached();
  // The "before" picture is the first painted output: the canvas takes the grid's size (64 cells) when painted.
  await expect.poll(() => plot.evaluate((c: HTMLCanvasElement) => c.width)).toBe(64);
  const before = await plot.evaluate((c: HTMLCanvasElement) => c.toDataURL());

  await page.getByTestId('edge-0-0-0').click({ force: true });
  const field = page.getByRole('textbox', { name: /^Weight from x₁ to/ });
  await field.fill('abc');
  await field.press('Enter');
  await expect(page.getByText(/Type a number/)).toBeVisible(); // a bad value is refused where it was typed
  await field.fill('-7/2');
  await field.press('Enter');
  await expect(field).toBeHidden();

  await page.getByTestId('edge-0-0-0').hover({ force: true });
  await expect(page.getByTestId('network-tooltip')).toContainText('−3.5');
  await expect.poll(() => plot.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
  expect(problems).toEqual([]);
});

test('a shared link reproduces the topology and settings in a fresh page', async ({ page, context, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Spiral', exact: true }).click();
  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  await page.getByRole('button', { name: 'Add neuron to layer 1' }).click();
  await page.getByLabel('Activation of layer 2').selectOption('relu');
  await page.getByRole('button', { name: /^Feature sin\(x₁\), off$/ }).click();
  await page.getByLabel('Learning rate', { exact: true }).selectOption('0.03');
  await page.getByLabel('Batch size').selectOption('32');
  const params = await totalParams(page);
  await expect.poll(() => page.url()).toContain('lr=0.03');
  const link = page.url();

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByRole('button', { name: 'Dataset: Spiral', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(fresh.getByLabel('Activation of layer 2')).toHaveValue('relu');
  await expect(fresh.getByRole('button', { name: /^Feature sin\(x₁\), on$/ })).toBeVisible();
  await expect(fresh.getByLabel('Learning rate', { exact: true })).toHaveValue('0.03');
  await expect(fresh.getByLabel('Batch size')).toHaveValue('32');
  expect(await totalParams(fresh)).toBe(params);
  expect(problems).toEqual([]);
});

test('a corrupted link loads the nearest valid setup and says what it changed', async ({ page, problems }) => {
  await page.goto('./?data=moons&lr=abc&layers=40relu,3wiggle&batch=0&bogus=1');
  const notice = page.getByRole('status');
  await expect(notice).toContainText('Learning rate');
  await expect(notice).toContainText('16');
  await expect(notice).toContainText('bogus');
  await expect(page.getByRole('button', { name: 'Dataset: Two moons' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('network-graph')).toBeVisible();
  await expect(page.getByTestId(/^neuron-0-\d+$/)).toHaveCount(16);
  expect(problems).toEqual([]);
});

test('divergence pauses training and tells the learner what to try', async ({ page, problems }) => {
  await page.goto('./?data=plane&loss=mse&opt=sgd&lr=10&layers=8relu,8relu');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/learning rate/i, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('keyboard: Space plays and pauses, the right arrow steps, R resets', async ({ page, problems }) => {
  await page.goto('./');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('batch-progress')).toHaveText(/^batch 1\/25 · loss \d\.\d+$/); // 250 training points, batch 10
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByTestId('batch-progress')).toHaveText('batch 0/25');
  expect(problems).toEqual([]);
});

test('the default network learns the circle, and the page fits 1440x900 and a 390x844 phone without sideways scrolling', async ({ page, problems }) => {
  await page.goto('./');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => percent(page, 'val-accuracy'), { timeout: 60_000 }).toBeGreaterThanOrEqual(95);
  await stopTraining(page);
  await shot(page, 'playground-1440x900');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, 'page wider than the window at 1440').toBe(false);

  await page.setViewportSize({ width: 390, height: 844 });
  // Laid out for the phone once the output plot has shrunk to the one column.
  await expect.poll(async () => (await page.getByTestId('output-plot').boundingBox())?.width ?? Infinity).toBeLessThanOrEqual(390);
  await shot(page, 'playground-390x844', { fullPage: true });
  // Charts follow their boxes through a ResizeObserver, a frame or two after the window: judge the page once settled.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), { message: 'page wider than the phone' }).toBe(false);
  expect(problems).toEqual([]);
});

test('hovering a weight-matrix cell highlights the same connection in the graph beside it', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('tab', { name: 'Weights' }).click();
  const kernel = page.getByTestId('weight-matrix-0').locator('canvas').first();
  const box = (await kernel.boundingBox())!;
  // Layer 1's kernel is 2 inputs x 4 units: the cell in row x₂ (1), column neuron 3 (2).
  await page.mouse.move(box.x + (box.width / 4) * 2.5, box.y + (box.height / 2) * 1.5);
  await expect(page.getByRole('tooltip')).toContainText('from x₂ to neuron 3 of layer 1');
  const edge = await page.getByTestId('edge-0-1-2').getAttribute('d');
  await expect(page.getByTestId('network-graph').locator('.nn-emphasis path').last()).toHaveAttribute('d', edge!);
  expect(problems).toEqual([]);
});

/** Every pair of the loss axis' tick labels that overlap on screen, as "a/b". */
async function overlappingTicks(page: import('@playwright/test').Page): Promise<{ labels: string[]; overlaps: string[] }> {
  return page.getByTestId('loss-chart').evaluate((chart) => {
    const axis = chart.querySelector('.plot .axis');
    const ticks = [...(axis?.querySelectorAll('.tick text') ?? [])].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (let i = 0; i < ticks.length; i++) {
      for (let j = i + 1; j < ticks.length; j++) {
        const a = ticks[i].box;
        const b = ticks[j].box;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${ticks[i].text}/${ticks[j].text}`);
      }
    }
    return { labels: ticks.map((t) => t.text), overlaps };
  });
}

test('log scale: the loss axis labels never overlap, on a desktop or a phone', async ({ page, problems }) => {
  await page.goto('./');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Train until the loss spans more than a decade, so the log axis has several labels to place.
  await expect.poll(() => page.getByTestId('train-loss').textContent().then(Number), { timeout: 60_000 }).toBeLessThan(0.05);
  await stopTraining(page);
  await page.getByLabel('Log scale').check();
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(size);
    await expect.poll(async () => (await overlappingTicks(page)).labels.length, { message: `ticks at ${size.width}` }).toBeGreaterThanOrEqual(2);
    const { labels, overlaps } = await overlappingTicks(page);
    expect(overlaps, `overlapping labels at ${size.width}x${size.height}: ${labels.join(' ')}`).toEqual([]);
    // Decades are labelled, so a learner can read the orders of magnitude.
    expect(labels).toContain('0.1');
  }
  expect(problems).toEqual([]);
});

/** Whether the element's box lies wholly inside the window. */
async function inView(page: import('@playwright/test').Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.height > 40 && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}

for (const size of [
  { width: 1024, height: 768, zoom: 1 },
  { width: 1280, height: 720, zoom: 1 },
  // 1280x720 at 150 % browser zoom: 853x480 CSS pixels, drawn at 1.5 device pixels each.
  { width: 853, height: 480, zoom: 1.5 },
]) {
  test(`at ${size.width}x${size.height} (zoom ${size.zoom}) Play, the output plot and the curves are all in view`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.zoom });
    await context.addInitScript((key) => localStorage.setItem(key, 'dismissed'), GUIDE_KEY);
    const page = await context.newPage();
    await page.goto('./');
    const play = page.getByRole('button', { name: 'Play', exact: true });
    await expect(play).toBeInViewport({ ratio: 1 });
    await expect.poll(() => inView(page, 'output-plot'), { message: 'output plot in view' }).toBe(true);
    await expect.poll(() => inView(page, 'loss-chart'), { message: 'loss chart in view' }).toBe(true);
    await play.click();
    await expect.poll(() => page.getByTestId('epoch').textContent().then(Number)).toBeGreaterThanOrEqual(3);
    // The curves are drawn where the learner is looking, not below the fold.
    await expect(page.getByTestId('loss-chart').locator('path.series.train').first()).toBeInViewport();
    expect(await inView(page, 'output-plot')).toBe(true);
    await context.close();
  });
}

test('fit(epochs=150) at full speed stops at epoch 150, and the log reads as Keras prints it', async ({ page, problems }) => {
  await page.goto('./?epochs=150');
  await expect(page.getByLabel('Epochs')).toHaveValue('150');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // The fit ends by itself (at full speed, within a second or so): the counter stops at exactly the epochs asked for.
  await expect(page.getByTestId('epoch')).toHaveText('150', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByLabel('Keras log').check();
  const lines = ((await page.getByTestId('training-log').textContent()) ?? '').split('\n');
  expect(lines.filter((l) => l.startsWith('Epoch ')).at(-1)).toBe('Epoch 150/150');
  expect(lines.at(-1)).toMatch(/^25\/25 ━+ loss: \d\.\d{4} - accuracy: \d\.\d{4} - val_loss: \d\.\d{4} - val_accuracy: \d\.\d{4}$/);
  await expect(page.getByRole('button', { name: 'Copy log' })).toBeEnabled();
  // Still 150: nothing trains on after the fit.
  await expect(page.getByTestId('epoch')).toHaveText('150');

  // Play again fits 150 more, as calling fit again does.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('training-log')).toContainText('Epoch 151/300', { timeout: 30_000 });
  expect(problems).toEqual([]);
});

test('a validation split of 0 holds nothing out, and the validation numbers go away', async ({ page, problems }) => {
  await page.goto('./?split=0');
  await expect(page.getByTestId('val-accuracy')).toHaveCount(0);
  await expect(page.getByText('No validation data: the validation split is 0.')).toBeVisible();
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('train-accuracy')).toHaveText(/%$/);
  expect(problems).toEqual([]);
});

test('a first visit gets a short guide, remembered once dismissed', async ({ page, problems }) => {
  // As a learner who has never been here: no "dismissed" flag.
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('visited')) localStorage.removeItem(key);
    sessionStorage.setItem('visited', '1');
  }, GUIDE_KEY);
  await page.goto('./');
  expect(await page.evaluate((key) => localStorage.getItem(key), GUIDE_KEY)).toBeNull();
  const guide = page.getByRole('complementary', { name: 'New here? Three things' });
  await expect(guide).toContainText('Play (Space)');
  await expect(guide).toContainText('Lessons');
  // Not in the way: Play works with the guide showing.
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await guide.getByRole('button', { name: 'Got it' }).click();
  await expect(guide).toBeHidden();
  // The app remembers it (the test removed the flag before the page loaded).
  expect(await page.evaluate((key) => localStorage.getItem(key), GUIDE_KEY)).toBe('dismissed');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Layerlab' })).toBeVisible();
  await expect(page.getByTestId('first-visit-guide')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the compile and fit settings explain themselves on keyboard focus, not only on hover', async ({ page, problems }) => {
  await page.goto('./');
  for (const [label, words] of [
    ['Optimizer', /weights move downhill/],
    ['Learning rate', /how big a step/],
    ['Loss', /predictions are from the targets/],
    ['Regularization', /penalty on large weights/],
    ['Initializer', /starting weights/],
    ['Epochs', /one pass over every training point/],
    ['Batch size', /A batch is/],
  ] as const) {
    const control = page.getByLabel(label, { exact: true });
    await control.focus();
    const tip = page.locator(`#${await control.getAttribute('aria-describedby')}`);
    await expect(tip, label).toBeVisible();
    await expect(tip, label).toHaveText(words);
  }
  await expect(page.getByText("Keras' default is 0.001; this preset uses 0.01 so you can watch it learn")).toBeVisible();
  expect(problems).toEqual([]);
});

test('a two-class plane can be a regression on its label: the output layer follows and says why', async ({ page, problems }) => {
  await page.goto('./');
  await expect(page.getByTestId('output-why')).toHaveText('Output layer: 1 sigmoid unit. Sigmoid: two classes, the probability of class 1.');
  await page.getByLabel('Problem type').selectOption('regression');
  await expect(page.getByTestId('output-why')).toHaveText('Output layer: 1 linear unit. Linear: one number, the label predicted as a value.');
  // The network graph draws the same output layer as the one that trains.
  await expect(page.getByTestId('network-graph').getByTitle('Regression: a linear output can take any value, like the target.')).toContainText('linear · regression');
  await expect(page.getByLabel('Loss', { exact: true })).toHaveValue('mse');
  await expect.poll(() => page.url()).toContain('problem=regression');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('train-loss')).toHaveText(/^\d\.\d{4}$/);
  await expect(page.getByTestId('train-accuracy')).toHaveCount(0);
  // The regression planes have no classes to choose: no choice is offered.
  await page.getByRole('button', { name: 'Dataset: Plane (regression)' }).click();
  await expect(page.getByLabel('Problem type')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('typed numbers apply when finished, never a half-typed prefix; what cannot be used stays typed with the reason, and Escape restores', async ({ page, problems }) => {
  await page.goto('./');
  const rateMenu = page.getByLabel('Learning rate', { exact: true });
  await expect(rateMenu).toHaveValue('0.01');

  // Custom learning rate: "1e9" typed key by key never applies its "1", and Enter refuses it.
  await rateMenu.selectOption({ label: 'Custom…' });
  const custom = page.getByLabel('Custom learning rate');
  await custom.fill('');
  await custom.pressSequentially('1e9');
  await custom.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '1e9 is out of range: a learning rate goes from 0.00001 to 10.' })).toBeVisible();
  await expect(custom).toHaveValue('1e9');
  await custom.press('Escape');
  await expect(custom).toHaveCount(0);
  await expect(rateMenu).toHaveValue('0.01');
  await rateMenu.selectOption({ label: 'Custom…' });
  await custom.fill('');
  await custom.pressSequentially('0.05');
  await custom.press('Enter');
  await expect(custom).toHaveCount(0);
  await expect(rateMenu).toHaveValue('0.05');
  await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe('0.05');

  // Seed: a number too large or not whole stays typed with the reason; the weights are not reset meanwhile.
  const seed = page.getByLabel('Seed', { exact: true });
  for (const [typed, reason] of [
    ['99999999999', '99999999999 is out of range: a seed goes from 0 to 2,147,483,647.'],
    ['3.7', '3.7 is not a whole number: a seed goes from 0 to 2,147,483,647.'],
  ]) {
    await seed.fill('');
    await seed.pressSequentially(typed);
    await seed.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: reason })).toBeVisible();
    await expect(seed).toHaveValue(typed);
  }
  await expect(page.getByText(/Fresh weights: the seed is now/)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('seed')).toBe('1');
  await seed.press('Escape');
  await expect(seed).toHaveValue('1');
  await seed.fill('');
  await seed.pressSequentially('42');
  await seed.press('Tab');
  await expect(page.getByText('Fresh weights: the seed is now 42, so training starts again from epoch 0.')).toBeVisible();
  await expect(page.getByText(/Fresh weights: the seed is now 4,/)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('42');

  // A layer's neurons on Iris: "2.5" is not rounded to 3 behind the learner's back.
  await page.getByRole('button', { name: 'Dataset: Iris' }).click();
  const units = page.getByLabel('Neurons in layer 1');
  await expect(units).toHaveValue('8');
  const params = await totalParams(page);
  await units.fill('');
  await units.pressSequentially('2.5');
  await units.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '2.5 is not a whole number: a layer here has 1 to 256 neurons.' })).toBeVisible();
  await expect(units).toHaveValue('2.5');
  await units.press('Escape');
  await expect(units).toHaveValue('8');
  expect(await totalParams(page)).toBe(params);
  await units.fill('12');
  await units.press('Enter');
  // Iris: 4 inputs -> 12 relu -> 3 softmax.
  await expect.poll(() => totalParams(page)).toBe(4 * 12 + 12 + 12 * 3 + 3);
  expect(problems).toEqual([]);
});
