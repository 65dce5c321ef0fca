// Screenshots to look at (not assertions of pixels): a teacher's lesson, the embed layout at
// 800×600, presenter mode at 1280×720 and the printed worksheet. Saved outside the repo.
import { expect, test } from './fixtures.ts';

const dir = process.env.SHOTS_DIR ?? 'test-results/screens';

test('screenshots: teacher lesson, embed 800x600, presenter 1280x720, print', async ({ page, problems }) => {
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
  await page.screenshot({ path: `${dir}/teach-dialog-1440.png` });
  await dialog.getByRole('button', { name: 'Make the link' }).click();
  const link = await dialog.getByTestId('teach-link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.goto(link);
  await expect(page.getByTestId('lesson')).toContainText('From your teacher');
  await page.screenshot({ path: `${dir}/teacher-lesson-1440.png` });

  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(`${link}&embed=1`);
  await expect(page.getByTestId('lesson')).toBeVisible();
  await expect(page.locator('.app-header')).toHaveCount(0);
  await page.screenshot({ path: `${dir}/embed-lesson-800x600.png` });
  await page.goto('./?embed&data=spiral&layers=8tanh,8tanh');
  await expect(page.getByTestId('output-plot')).toBeVisible();
  await page.screenshot({ path: `${dir}/embed-800x600.png` });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?data=spiral&layers=8tanh,8tanh');
  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.screenshot({ path: `${dir}/presenter-1280x720.png` });
  await page.goto('./?lesson=xor');
  await page.getByRole('button', { name: 'Present' }).click();
  await page.screenshot({ path: `${dir}/presenter-lesson-1280x720.png` });

  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto('./?data=xor&layers=3relu');
  await page.getByRole('button', { name: 'Step one epoch' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${dir}/print-worksheet.png`, fullPage: true });
  expect(problems).toEqual([]);
});
