// A teacher makes a lesson from the page, shares it as a link and as a file; a learner opens it
// in the same lesson panel, with the teacher's locks and hidden panels, and does its steps.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function writeLesson(page: Page): Promise<void> {
  await page.goto('./?data=xor&layers=3relu&opt=adam&lr=0.03');
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('button', { name: 'Make a lesson from this…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a lesson from this' });
  await expect(dialog).toContainText('the Exclusive or data, hidden layers of 3 relu');
  await dialog.getByLabel('Title').fill('XOR with three neurons');
  await dialog.getByLabel('What learners read first').fill('Three **ReLU** neurons draw *three* lines.\n\n<b>Watch</b> the pictures in the graph.');
  await dialog.getByLabel('Step 1: what to do').fill('Train for two epochs, one at a time.');
  await dialog.getByLabel('Step 1: done when').selectOption('epochs');
  await dialog.getByLabel('Epochs').fill('2');
  await dialog.getByRole('button', { name: 'Add a step' }).click();
  await dialog.getByLabel('Step 2: what to do').fill('How many weights and biases does this network have?');
  await dialog.getByLabel('Step 2: done when').selectOption('answer');
  await dialog.getByLabel('Answer', { exact: true }).fill('13'); // 2·3 + 3 + 3·1 + 1
  await dialog.getByLabel('Optimizer', { exact: true }).uncheck();
  await dialog.getByLabel('Dataset', { exact: true }).uncheck();
  await dialog.getByLabel('Reset', { exact: true }).uncheck();
  await dialog.getByLabel('Metrics', { exact: true }).uncheck();
}

async function learnerSees(page: Page): Promise<void> {
  const lesson = page.getByTestId('lesson');
  await expect(lesson.getByRole('heading', { name: /XOR with three neurons/ })).toBeVisible();
  await expect(lesson).toContainText('From your teacher');
  await expect(lesson.locator('strong', { hasText: 'ReLU' })).toBeVisible();
  await expect(lesson.locator('em', { hasText: 'three' })).toBeVisible();
  await expect(lesson).toContainText('<b>Watch</b> the pictures'); // text, never markup
  await expect(lesson.locator('b')).toHaveCount(0);
  // The teacher's setup, locks and hidden panels.
  await expect(page.getByTestId(/^neuron-0-\d+$/)).toHaveCount(3);
  const optimizer = page.getByLabel('Optimizer');
  await expect(optimizer).toBeDisabled();
  await expect(optimizer).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('.field', { has: optimizer })).toHaveAttribute('title', 'Locked by your teacher');
  const reset = page.getByRole('button', { name: /^Reset/ });
  await expect(reset).toBeDisabled();
  await expect(reset.getByTestId('lock-mark')).toBeVisible();
  await expect(page.getByTestId('val-accuracy')).toHaveCount(0); // metrics hidden
  await expect(page.getByLabel('Learning rate')).toBeEnabled(); // not locked
}

test('a teacher’s lesson round-trips through a link: locks, hidden panels, steps and a typed answer', async ({ page, problems, browser }) => {
  await writeLesson(page);
  const dialog = page.getByRole('dialog', { name: 'Make a lesson from this' });
  await dialog.getByRole('button', { name: 'Make the link' }).click();
  const link = await dialog.getByTestId('teach-link').inputValue();
  expect(link).toMatch(/#teach=[A-Za-z0-9_-]+$/);

  // A learner opens the link in a browser of their own.
  const learner = await (await browser.newContext()).newPage();
  await learner.goto(link);
  await learnerSees(learner);
  // A locked control cannot be changed, by any means.
  await learner
    .getByLabel('Optimizer')
    .selectOption('sgd', { force: true, timeout: 1000 })
    .catch(() => {});
  await expect(learner.getByLabel('Optimizer')).toHaveValue('adam');
  await learner
    .getByRole('button', { name: /^Reset/ })
    .click({ force: true, timeout: 1000 })
    .catch(() => {});
  expect(learner.url()).toContain('data=xor');

  // Step 1 is current and unmet until two epochs are trained.
  await expect(learner.getByTestId('lesson-step-1')).toHaveAttribute('data-state', 'current');
  await expect(learner.getByTestId('lesson-done')).toHaveCount(0);
  await learner.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(learner.getByTestId('epoch')).toHaveText('1');
  await expect(learner.getByTestId('lesson-step-1')).toHaveAttribute('data-state', 'current');
  await learner.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(learner.getByTestId('lesson-step-1')).toHaveAttribute('data-state', 'done');
  await expect(learner.getByTestId('lesson-step-2')).toHaveAttribute('data-state', 'current');
  // Step 2: a typed answer, said right or wrong.
  await learner.getByLabel('Your answer').fill('12');
  await learner.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(learner.getByTestId('answer-verdict')).toContainText('12: Not quite');
  await expect(learner.getByTestId('lesson-done')).toHaveCount(0);
  await learner.getByLabel('Your answer').fill('13');
  await learner.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(learner.getByTestId('lesson-done')).toContainText('All 2 steps done');
  // Leaving the lesson lifts the locks.
  await learner.getByRole('button', { name: 'Back to the playground' }).click();
  await expect(learner.getByLabel('Optimizer')).toBeEnabled();
  await expect(learner.getByTestId('val-accuracy')).toBeVisible();
  await learner.close();
  expect(problems).toEqual([]);
});

test('a teacher’s lesson round-trips through a file', async ({ page, problems }, info) => {
  await writeLesson(page);
  const dialog = page.getByRole('dialog', { name: 'Make a lesson from this' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download as a file' }).click()]);
  expect(download.suggestedFilename()).toBe('xor-with-three-neurons.layerlab.json');
  const path = info.outputPath('lesson.json');
  await download.saveAs(path);
  const doc = JSON.parse(await readFile(path, 'utf8'));
  expect(doc).toMatchObject({ format: 'layerlab-lesson', version: 1, title: 'XOR with three neurons', locked: ['dataset', 'optimizer', 'reset'], hidden: ['metrics'] });
  expect(doc.weights).toHaveLength(4);

  await page.goto('./');
  await expect(page.getByLabel('Optimizer')).toBeEnabled();
  await page.getByTestId('lesson-file').setInputFiles(path);
  await learnerSees(page);
  expect(problems).toEqual([]);
});

test('a malformed lesson link or file says what is wrong and loads nothing', async ({ page, problems }, info) => {
  await page.goto('./?data=circle#teach=AAAAAAAA');
  await expect(page.getByRole('status').filter({ hasText: 'This lesson could not be opened' })).toContainText('damaged or cut short');
  await expect(page.getByTestId('lesson')).toHaveCount(0);
  expect(page.url()).toContain('data=circle');

  const path = info.outputPath('newer.json');
  await writeFile(path, JSON.stringify({ format: 'layerlab-lesson', version: 9, title: 'From the future' }));
  await page.getByTestId('lesson-file').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'This lesson could not be opened' })).toContainText('made with a newer Layerlab (format 9)');
  await expect(page.getByTestId('lesson')).toHaveCount(0);
  await expect(page.getByLabel('Optimizer')).toBeEnabled();
  expect(problems).toEqual([]);
});
