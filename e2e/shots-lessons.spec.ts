// How a lesson travels: a teacher's lesson made and opened, the embed layout at 800×600,
// presenter mode at 1280×720 and the printed worksheet. Screenshots when SHOTS_DIR is set.
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures.ts';

/** The page itself never scrolls and each of these boxes lies wholly inside the window. */
async function fitsTheWindow(page: Page, testIds: string[]): Promise<void> {
  const { innerWidth, innerHeight } = await page.evaluate(() => ({ innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(innerHeight);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(innerWidth);
  for (const id of testIds) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.y, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(innerWidth + 0.5);
    expect(box.y + box.height, id).toBeLessThanOrEqual(innerHeight + 0.5);
  }
}

/**
 * Present mode: the panels fill the window under the header (the settings wait below, one scroll
 * away), nothing runs past its right edge, and every neuron and input of the graph lies inside the
 * network panel's visible box.
 */
async function presenterFits(page: Page, testIds: string[]): Promise<void> {
  const { innerWidth, innerHeight } = await page.evaluate(() => ({ innerWidth: window.innerWidth, innerHeight: window.innerHeight }));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(innerWidth);
  const workspace = (await page.locator('.workspace').boundingBox())!;
  expect(workspace.y + workspace.height).toBeLessThanOrEqual(innerHeight + 0.5);
  for (const id of testIds) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(innerWidth + 0.5);
    expect(box.y + box.height, id).toBeLessThanOrEqual(innerHeight + 0.5);
  }
  // Nothing in the page past the right edge, and nothing of the settings scrolled out of sight.
  const pastRight = await page.evaluate(() =>
    [...document.querySelectorAll('.app *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(pastRight).toEqual([]);
  const bar = page.locator('.settings-bar');
  expect(await bar.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeLessThanOrEqual(0);
  const panel = (await page.locator('.network-view').boundingBox())!;
  const graph = page.locator('.nn-graph__viewport');
  expect(await graph.evaluate((v) => v.scrollHeight - v.clientHeight), 'the graph scrolls to show its neurons').toBeLessThanOrEqual(1);
  const visible = { top: Math.max(panel.y, 0), bottom: Math.min(panel.y + panel.height, innerHeight) };
  for (const node of await page.locator('.nn-graph [aria-label^="Feature "], .nn-graph .nn-neuron').all()) {
    const box = (await node.boundingBox())!;
    expect(box.y, (await node.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(visible.top - 0.5);
    expect(box.y + box.height, (await node.getAttribute('aria-label')) ?? '').toBeLessThanOrEqual(visible.bottom + 0.5);
  }
}

const fontSize = (page: Page) => page.locator('.app').evaluate((app) => Number.parseFloat(getComputedStyle(app).fontSize));

test('a teacher lesson, embedded at 800x600 and presented at 1280x720, fits its frame; paper gets the worksheet', async ({ page, problems }) => {
  await page.goto('./?data=xor&layers=3relu');
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: 'Make a lesson from this…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a lesson from this' });
  await dialog.getByLabel('Title').fill('XOR with three neurons');
  await dialog.getByLabel('What learners read first').fill('Three **ReLU** neurons each draw *one* line.\n\nPress Play and watch how the output plot bends.');
  await dialog.getByLabel('Step 1: what to do').fill('Train until the validation accuracy reaches 95%.');
  await dialog.getByLabel('Accuracy (%)').fill('95');
  await dialog.getByRole('button', { name: 'Add a step' }).click();
  for (const c of ['Dataset', 'Optimizer', 'Loss', 'Layers and neurons', 'Activations']) await dialog.getByLabel(c, { exact: true }).uncheck();
  await shot(page, 'teach-dialog-1440');
  await dialog.getByRole('button', { name: 'Make the link' }).click();
  const link = await dialog.getByTestId('teach-link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto(link);
  await expect(page.getByTestId('lesson')).toContainText('From your teacher');
  // The graph's own controls are locked as every other control is: disabled, saying why.
  for (const name of ['Add hidden layer', 'Remove hidden layer', 'Add neuron to layer 1', 'Remove neuron from layer 1']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
    await expect(page.getByRole('button', { name })).toHaveAttribute('title', 'Locked by your teacher');
  }
  await expect(page.getByLabel('Activation of layer 1')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Feature x₁, on' })).toBeEnabled(); // input features were left free
  await expect(page.getByText('Locked by your teacher: layers and neurons, activations.')).toBeVisible();
  await shot(page, 'teacher-lesson-1440');

  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${link}&embed=1`);
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.locator('.app-header')).toHaveCount(0);
  await fitsTheWindow(page, ['lesson']);
  await shot(page, 'embed-lesson-800x600');
  await page.goto('./?embed&data=spiral&layers=8tanh,8tanh');
  await expect(page.getByTestId('output-plot')).toBeVisible();
  await fitsTheWindow(page, ['output-plot']);
  await shot(page, 'embed-800x600');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?data=spiral&layers=8tanh,8tanh');
  const normalType = await fontSize(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  // Larger type for the back of the room, and the output and the curves on screen without scrolling.
  expect(await fontSize(page)).toBeGreaterThan(normalType * 1.1);
  await presenterFits(page, ['output-plot', 'loss-chart']);
  // The network takes the room the hidden data panel leaves: from the left edge, and tall enough to see.
  const network = (await page.locator('.network-panel').boundingBox())!;
  expect(network.x).toBeLessThan(40);
  expect(network.height).toBeGreaterThan(280);
  await shot(page, 'presenter-1280x720');
  // Escape leaves Present mode, but not while a field is being edited.
  await page.getByLabel('Seed').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Step one epoch' }).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute('aria-pressed', 'false');

  await page.goto('./?lesson=xor');
  await page.getByRole('button', { name: 'Present' }).click();
  await presenterFits(page, ['lesson', 'output-plot']);
  await shot(page, 'presenter-lesson-1280x720');
  // Lesson 1 with its step-by-step panel: the lesson, the graph (both neurons it compares), the output
  // plot and the steps all on screen, the plot large enough to read.
  await page.goto('./?lesson=dot-product');
  await expect(page.getByTestId('neuron-z')).toHaveText('2.1672');
  await page.getByRole('button', { name: 'Present' }).click();
  await presenterFits(page, ['lesson', 'output-plot']);
  await expect(page.locator('.walkthrough').getByText('Backward', { exact: true })).toBeInViewport({ ratio: 1 });
  const plot = (await page.getByTestId('output-plot').boundingBox())!;
  expect(plot.width).toBeGreaterThan(180);
  expect(plot.height).toBeGreaterThan(130);
  await shot(page, 'presenter-lesson-1-1280x720');
  await page.setViewportSize({ width: 1440, height: 900 });
  await presenterFits(page, ['lesson', 'output-plot']);
  await page.goto('./?data=spiral&layers=8tanh,8tanh');
  await page.getByRole('button', { name: 'Present' }).click();
  await presenterFits(page, ['output-plot', 'loss-chart']);
  await expect(page.getByRole('button', { name: 'Save model' })).toBeVisible();
  await page.getByRole('button', { name: 'Save model' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Export code' })).toBeInViewport({ ratio: 1 });

  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto('./?data=xor&layers=3relu');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.emulateMedia({ media: 'print' });
  // On paper: the weights as tables to work from by hand, and no buttons.
  const worksheet = page.locator('.worksheet');
  await expect(worksheet).toBeVisible();
  await expect(worksheet.locator('caption')).toHaveText(['Layer 1: 3 neurons, relu', 'Output layer: 1 neuron, sigmoid']);
  await expect(page.getByRole('button', { name: 'Step one epoch' })).toBeHidden();
  await shot(page, 'print-worksheet', { fullPage: true });
  expect(problems).toEqual([]);
});
