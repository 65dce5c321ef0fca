// The step-by-step walkthrough: pick a point, walk forward and backward, type a weight, apply an update.
import { expect, test, shot } from './fixtures.ts';
import type { Page } from '@playwright/test';

const next = (page: Page) => page.getByRole('button', { name: 'Next step' }).click();
const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).textContent())!.replace('−', '-'));

/** Steps forward until the step title matches (at most `max` steps), each time waiting for the new step to show. */
async function stepTo(page: Page, title: RegExp | string, max = 60) {
  const heading = page.getByTestId('step-title');
  for (let i = 0; i < max; i++) {
    const text = (await heading.textContent()) ?? '';
    if (typeof title === 'string' ? text === title : title.test(text)) return;
    await next(page);
    await expect(heading).not.toHaveText(text);
  }
  throw new Error(`never reached the step "${title}"`);
}

test('a point picked on the output plot is walked forward and backward, and training waits', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('epoch')).not.toHaveText('0');
  await page.getByTestId('output-plot').locator('circle.point.train').first().click({ force: true });
  await page.getByRole('button', { name: 'Step through it' }).click();
  const walk = page.getByTestId('walkthrough');
  await expect(walk).toBeVisible();
  // Opening the walkthrough pauses training.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(walk).toContainText('Training point 1');
  await expect(page.getByTestId('step-title')).toHaveText('The sample goes in');

  // → walks the steps (and no longer steps training).
  const batch = await page.getByTestId('batch-progress').textContent();
  await page.getByTestId('step-title').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-title')).toHaveText('Layer 1, neuron 1');
  await expect(page.getByTestId('batch-progress')).toHaveText(batch!);
  await expect(walk).toContainText('tanh(z)');
  // The graph emphasises the neuron and its incoming connections.
  await expect(page.locator('.nn-emphasis path')).toHaveCount(2 * 2);
  // z is the sum of the terms and the bias; a is tanh(z), on the page to 4 decimals.
  const z = await num(page, 'neuron-z');
  expect(await num(page, 'neuron-a')).toBeCloseTo(Math.tanh(z), 3);

  await stepTo(page, 'Prediction and loss');
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(walk).toContainText('−[y · log p + (1 − y) · log(1 − p)]');

  await page.getByRole('button', { name: 'Backward' }).click();
  await expect(page.getByTestId('step-title')).toHaveText('Output neuron: its delta δ');
  await expect(walk).toContainText('simplifies to a − y');
  await stepTo(page, 'Layer 1, neuron 1: its delta δ');
  await expect(walk).toContainText('∂L/∂a · f′(z)');
  await stepTo(page, 'Output neuron: the update');
  // Adam (the default): the rule in words and the new value from the trace.
  await expect(walk).toContainText('Adam keeps');
  await expect(page.getByTestId('new-0')).toBeVisible();

  await page.getByRole('button', { name: 'Close step by step' }).click();
  await expect(walk).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a typed weight changes every number downstream to the right value', async ({ page, problems }) => {
  await page.goto('./?lesson=forward-propagation');
  await next(page);
  await expect(page.getByTestId('neuron-z')).toHaveText('5');
  // Fractions and negatives are fine: w₁ = 1/2 makes hidden neuron 1 give 0.5·2 + 1·3 = 4.
  await page.getByRole('button', { name: /^Edit w₁, weight 1 of layer 1 neuron 1$/ }).click();
  const field = page.getByRole('textbox', { name: /^w₁, weight 1 of layer 1 neuron 1$/ });
  await field.fill('one half');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Type a number' })).toBeVisible();
  await field.fill('1/2');
  await field.press('Enter');
  await expect(page.getByTestId('neuron-z')).toHaveText('4');
  // ... and the output 2·4 − 1·1 = 7.
  await next(page);
  await next(page);
  await expect(page.getByTestId('neuron-a')).toHaveText('7');
  // A bias of −2.5 on the output: 7 − 2.5 = 4.5.
  await page.getByRole('button', { name: /^Edit b, the bias of layer 2 neuron 1$/ }).click();
  await page.getByRole('textbox', { name: /^b, the bias of layer 2 neuron 1$/ }).fill('-2.5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('neuron-a')).toHaveText('4.5');
  await expect(page.getByTestId('trail-1')).toHaveText('4.5');
  expect(problems).toEqual([]);
});

test('applying one update lowers this sample’s loss', async ({ page, problems }) => {
  await page.goto('./?lesson=forward-propagation');
  await stepTo(page, 'Prediction and loss');
  await expect(page.getByTestId('loss')).toHaveText('1'); // (9 − 10)²
  await page.getByRole('button', { name: 'Backward' }).click();
  await expect(page.getByTestId('delta')).toHaveText('−2'); // 2 (a − y)
  await stepTo(page, 'Output neuron: the update');
  // Plain SGD, written out: w ← w − η · ∂L/∂w with η = 0.01: 2 − 0.01 · (−10) = 2.1
  await expect(page.getByTestId('new-0')).toHaveText('2.1');
  await page.getByTestId('apply-update').click();
  await expect(page.getByTestId('update-result')).toBeVisible();
  expect(await num(page, 'loss-before')).toBe(1);
  expect(await num(page, 'loss-after')).toBeLessThan(1);
  // The step's preview now shows the next update, from the new weights.
  await expect(page.getByTestId('new-0')).not.toHaveText('2.1');
  expect(problems).toEqual([]);
});

test('softmax: exponentials, their sum and each share', async ({ page, problems }) => {
  await page.goto('./?data=blobs&k=3&layers=3tanh&loss=categorical_crossentropy');
  await page.getByRole('button', { name: 'Step by step' }).click();
  await stepTo(page, 'Output layer: softmax');
  // Every number's title holds its full value: the check is on those, not on the rounded text.
  const exact = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('title'));
  const units = [0, 1, 2];
  const z = await Promise.all(units.map((j) => exact(`z-${j}`)));
  const exps = await Promise.all(units.map((j) => exact(`exp-${j}`)));
  const shares = await Promise.all(units.map((j) => num(page, `share-${j}`)));
  const sum = await exact('softmax-sum');
  // Small z need no shift: each exponential is e^z, Σ is their sum, each share its exponential over Σ.
  units.forEach((j) => expect(exps[j]).toBeCloseTo(Math.exp(z[j]), 12));
  expect(exps.reduce((s, e) => s + e, 0)).toBeCloseTo(sum, 12);
  for (const j of units) expect(await exact(`share-${j}`)).toBeCloseTo(exps[j] / sum, 12);
  expect(shares.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 3);
  expect(problems).toEqual([]);
});

test('every kind of step fits the page: hidden neuron, loss, delta, update, softmax, a wide layer summed up, and a lesson on a phone', async ({ page, problems }) => {
  const noOverflow = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);

  // A trained default network, a point picked on the plot.
  await page.goto('./');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.getByTestId('output-plot').locator('circle.point.train').nth(3).click({ force: true });
  await page.getByRole('button', { name: 'Step by step' }).click();
  await stepTo(page, 'Layer 1, neuron 2');
  await expect(page.getByTestId('neuron-a')).toBeVisible();
  await shot(page, 'walkthrough-hidden-neuron-1440');
  await noOverflow();
  await stepTo(page, 'Prediction and loss');
  await shot(page, 'walkthrough-loss-1440');
  await page.getByRole('button', { name: 'Backward' }).click();
  await stepTo(page, 'Layer 2, neuron 1: its delta δ');
  await shot(page, 'walkthrough-backward-delta-1440');
  await stepTo(page, 'Layer 2, neuron 1: the update');
  await shot(page, 'walkthrough-update-1440');

  await page.goto('./?data=blobs&k=4&layers=4tanh&loss=categorical_crossentropy&opt=sgd&lr=0.1');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.getByRole('button', { name: 'Step by step' }).click();
  await stepTo(page, 'Output layer: softmax');
  await expect(page.getByTestId('walk-step')).toHaveAttribute('data-step', /^softmax/);
  await shot(page, 'walkthrough-softmax-1440');

  // Wide layers: the largest terms, and the rest summed up.
  await page.goto('./?data=spiral&feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=16relu,16tanh');
  await page.getByRole('button', { name: 'Step by step' }).click();
  await stepTo(page, 'Layer 2, neuron 3');
  await expect(page.getByTestId('walk-step')).toContainText('11 more');
  await shot(page, 'walkthrough-wide-layer-1440');
  await page.getByRole('button', { name: 'Backward' }).click();
  await stepTo(page, 'Layer 1, neuron 2: its delta δ');
  await shot(page, 'walkthrough-wide-delta-1440');

  // A lesson at 1440, and the phone.
  await page.goto('./?lesson=prediction');
  await page.getByTestId('decimals-7').click();
  await expect(page.getByTestId('neuron-a')).toHaveText('0.7985731');
  await shot(page, 'walkthrough-lesson-prediction-1440');
  await noOverflow();
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone every panel takes the whole column, the walkthrough included: wait for the layout to get there.
  await expect.poll(async () => (await page.getByTestId('walkthrough').boundingBox())!.width).toBeGreaterThan(390 * 0.85);
  await shot(page, 'walkthrough-lesson-390x844', { fullPage: true });
  await noOverflow();
  await page.getByRole('button', { name: 'Backward' }).click();
  await page.getByTestId('walkthrough').scrollIntoViewIfNeeded();
  await shot(page, 'walkthrough-delta-390x844');
  // On a phone every panel takes the whole column, the walkthrough included.
  expect((await page.getByTestId('walkthrough').boundingBox())!.width).toBeGreaterThan(390 * 0.85);
  await noOverflow();
  expect(problems).toEqual([]);
});

test('a row of iris is walked through: its neuron sums its terms, and the prediction names a species', async ({ page, problems }) => {
  await page.goto('./?data=iris');
  await expect(page.getByTestId('table-counts')).toBeVisible();
  const open = page.getByTestId('table-output').getByRole('button', { name: 'Step by step' });
  await open.click();
  const walk = page.getByTestId('walkthrough');
  await expect(walk).toBeVisible();
  // A table has no (x₁, x₂) to type: its sample is a validation row.
  await expect(page.getByTestId('sample-x1')).toHaveCount(0);
  await expect(page.getByTestId('row-number')).toHaveValue('1');
  await expect(walk).toContainText('Validation row 1');
  await expect(page.getByTestId('step-title')).toHaveText('The sample goes in');
  await expect(walk).toContainText('Petal length (cm)');

  await next(page);
  await expect(page.getByTestId('step-title')).toHaveText('Layer 1, neuron 1');
  // z is the sum of the terms written out and the bias (each term's every digit is in its title).
  const terms = await page
    .getByTestId('neuron-sum')
    .locator('.term')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('title'))));
  expect(terms).toHaveLength(4 + 1);
  const z = Number(await page.getByTestId('neuron-z').getAttribute('title'));
  expect(terms.reduce((s, t) => s + t, 0)).toBeCloseTo(z, 4);
  expect(await num(page, 'neuron-z')).toBeCloseTo(z, 4);

  await stepTo(page, 'Prediction and loss');
  await expect(page.getByTestId('predicted-class')).toHaveText(/^(setosa|versicolor|virginica)$/);
  await expect(page.getByTestId('target-class')).toHaveText(/^(setosa|versicolor|virginica)$/);

  // Another row: the walkthrough follows it and stays on the step.
  await page.getByRole('button', { name: 'Next row' }).click();
  await expect(page.getByTestId('row-number')).toHaveValue('2');
  await expect(walk).toContainText('Validation row 2');
  await expect(page.getByTestId('step-title')).toHaveText('Prediction and loss');
  expect(problems).toEqual([]);
});
