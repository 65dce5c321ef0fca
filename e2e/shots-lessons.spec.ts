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
  await fitsTheWindow(page, ['output-plot', 'loss-chart']);
  // The network takes the room the hidden data panel leaves: from the left edge, and tall enough to see.
  const network = (await page.locator('.network-panel').boundingBox())!;
  expect(network.x).toBeLessThan(40);
  expect(network.height).toBeGreaterThan(280);
  await shot(page, 'presenter-1280x720');
  await page.goto('./?lesson=xor');
  await page.getByRole('button', { name: 'Present' }).click();
  await shot(page, 'presenter-lesson-1280x720');

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
