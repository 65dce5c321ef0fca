// Training that is not learning: the spiral with Adam at a learning rate of 10 never blows up, but never
// learns either. The app says so, with a smaller rate it tried, and that rate then learns.
import { expect, setSpeed, test, shot } from './fixtures.ts';

test('a rate too high for Adam is caught, and the tried rate learns', async ({ page, problems }) => {
  // Until paused: a fit of a few hundred epochs at full speed would end before the check.
  await page.goto('./?data=spiral&lr=10&opt=adam&epochs=none');
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();

  const alert = page.getByRole('status', { name: 'Training is not learning' });
  await expect(alert).toContainText(/From epoch 1 to \d+ the loss never went below where it started \([\d.]+\)\. The learning rate 10 is probably too high for Adam\./, {
    timeout: 20_000,
  });
  await expect(alert).toContainText(/Tested on the starting weights: at [\d.]+ the loss fell from [\d.]+ to [\d.]+ in 30 batches/);
  // Training goes on meanwhile: the alert does not stop it.
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await shot(alert, 'stall-alert');
  await shot(page, 'stall-page');

  const text = (await alert.textContent()) ?? '';
  const start = Number(text.match(/started \(([\d.]+)\)/)![1]);
  const use = alert.getByRole('button', { name: /^Use [\d.]+ and reset$/ });
  const rate = Number((await use.textContent())!.match(/Use ([\d.]+)/)![1]);
  expect(rate).toBeLessThan(10);
  await use.click();

  await expect(alert).toBeHidden();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByLabel('Learning rate')).toHaveValue(String(rate));
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // The loss now goes well below where it started, and nothing more is said.
  await expect.poll(async () => Number((await page.getByTestId('train-loss').textContent()) ?? NaN), { timeout: 20_000 }).toBeLessThan(0.9 * start);
  await expect(alert).toBeHidden();
  expect(problems).toEqual([]);
});
