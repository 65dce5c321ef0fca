// The learner's work survives what they did not choose: a training worker that dies, and a reload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, setSpeed, stopTraining, test, shot } from './fixtures.ts';

const epochOf = async (page: Page) => Number(await page.getByTestId('epoch').textContent());

/** The values the graph's tooltip shows for a few connections: the weights as the learner reads them. */
async function someWeights(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const id of ['edge-0-0-0', 'edge-0-1-2', 'edge-1-3-1']) {
    await page.getByTestId(id).hover({ force: true });
    out.push((await page.getByTestId('network-tooltip').textContent()) ?? '');
  }
  await page.mouse.move(0, 0);
  return out;
}

/** The epoch of the session this tab stored last (written at once on pause). */
async function storedEpoch(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('layerlab', 1);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const id = sessionStorage.getItem('layerlab.sessionId');
    const record = await new Promise<{ checkpoint: { epoch: number } } | undefined>((resolve) => {
      const get = db
        .transaction('sessions')
        .objectStore('sessions')
        .get(id ?? '');
      get.onsuccess = () => resolve(get.result);
    });
    db.close();
    return record?.checkpoint.epoch ?? null;
  });
}

/** Pause, and wait until the paused epoch is on screen and stored. */
async function pauseAndStore(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect.poll(async () => (await storedEpoch(page)) === (await epochOf(page))).toBe(true);
  return epochOf(page);
}

async function curvesSummary(page: Page): Promise<string> {
  return (await page.getByTestId('loss-chart').getByRole('img').getAttribute('aria-label')) ?? '';
}

test('a worker that dies mid-training is replaced and training goes on from its last checkpoint', async ({ page, problems }) => {
  // Until paused: a fit of 200 epochs at this pace could end before the worker is killed.
  await page.goto('./?epochs=none');
  await setSpeed(page, 4); // 60 epochs/s: a checkpoint every second is 60 epochs apart
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(150);
  const before = await epochOf(page);
  await page.workers()[0].evaluate(() => self.close());

  const notice = page.getByRole('alert').filter({ hasText: 'The training worker stopped' });
  await expect(notice).toContainText(/it stopped answering\); a new one resumed from epoch [\d,]+\./, { timeout: 15_000 });
  const resumedFrom = Number(/epoch ([\d,]+)/.exec((await notice.textContent()) ?? '')![1].replace(/,/g, ''));
  // The checkpoint is at most a second old: close to where it was, and never back to 0.
  expect(resumedFrom).toBeGreaterThan(before - 200);
  expect(resumedFrom).toBeGreaterThan(0);
  await expect.poll(() => epochOf(page), { timeout: 15_000 }).toBeGreaterThan(resumedFrom);
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a reload restores the weights, the epoch and the curves, and offers to start fresh', async ({ page, problems }) => {
  await page.goto('./');
  await setSpeed(page, 4);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(30);
  const epoch = await pauseAndStore(page);
  await expect.poll(() => curvesSummary(page)).toContain(`over ${epoch} epochs`);
  const curves = await curvesSummary(page);
  const weights = await someWeights(page);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(`Restored your session from epoch ${epoch.toLocaleString('en-US')} · Start fresh`);
  await expect(page.getByTestId('epoch')).toHaveText(String(epoch));
  await expect.poll(() => curvesSummary(page)).toBe(curves);
  expect(await someWeights(page)).toEqual(weights);
  await shot(page, 'restored');

  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByRole('alert').filter({ hasText: 'Restored' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a CSV session survives a reload: its data, network and learning rate', async ({ page, problems }) => {
  const dir = mkdtempSync(join(tmpdir(), 'layerlab-session-'));
  const path = join(dir, 'points.csv');
  const rows = Array.from({ length: 120 }, (_, i) => {
    const a = Math.sin(i * 1.7) * 3;
    const b = Math.cos(i * 2.3) * 3;
    return `${a.toFixed(3)},${b.toFixed(3)},${a + b > 0 ? 'yes' : 'no'}`;
  });
  writeFileSync(path, `a,b,label\n${rows.join('\n')}\n`);
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Your CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your CSV file' });
  await dialog.getByLabel('Choose a CSV file').setInputFiles(path);
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  // The data waits for Play, as every other dataset does.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => epochOf(page), { timeout: 30_000 }).toBeGreaterThan(5);
  const epoch = await pauseAndStore(page);
  const counts = await page.getByTestId('table-counts').textContent();
  const rate = await page.getByLabel('Learning rate').inputValue();
  await page.getByRole('tab', { name: 'Summary' }).click();
  const summary = await page.getByTestId('model-summary').textContent();

  await page.reload();
  await expect(page.getByRole('alert')).toContainText(`Restored your session from epoch ${epoch.toLocaleString('en-US')}`);
  await expect(page.getByRole('button', { name: 'Dataset: Your CSV…' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('table-counts')).toHaveText(counts!);
  await expect(page.getByTestId('epoch')).toHaveText(String(epoch));
  expect(await page.getByLabel('Learning rate').inputValue()).toBe(rate);
  await page.getByRole('tab', { name: 'Summary' }).click();
  await expect(page.getByTestId('model-summary')).toHaveText(summary!);
  expect(problems).toEqual([]);
});

test('a panel that fails to draw is replaced by one line and Recover; the session and the other panels stay', async ({ page, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  // Break canvas pixel writes, as a browser out of canvas memory would.
  await page.evaluate(() => {
    const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
    proto.realPutImageData = proto.putImageData;
    proto.putImageData = () => {
      throw new Error('the canvas refused its pixels');
    };
  });
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'The output panel failed to draw' });
  await expect(failed).toContainText('(the canvas refused its pixels). Your network and training are safe.');
  // The rest of the page works on, and the session is intact.
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('3');
  await expect(page.getByTestId('loss-chart').getByRole('img')).toHaveAttribute('aria-label', /over 3 epochs/);
  await shot(page, 'panel-failed');

  await page.evaluate(() => {
    const proto = CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>;
    proto.putImageData = proto.realPutImageData;
  });
  const recover = page.getByRole('button', { name: 'Recover' });
  while ((await recover.count()) > 0) await recover.first().click();
  await expect(page.getByTestId('output-plot')).toBeVisible();
  await expect(page.getByTestId('epoch')).toHaveText('3');
  expect(problems).toEqual([]);
});

test('adding a neuron keeps every weight learned so far, goes on from the same epoch and marks it on the curves', async ({ page, problems }) => {
  await page.goto('./');
  for (let epoch = 1; epoch <= 3; epoch++) {
    await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
    await expect(page.getByTestId('epoch')).toHaveText(String(epoch));
  }
  const before = await someWeights(page);
  await page.getByRole('button', { name: 'Add neuron to layer 1' }).click();
  await expect(page.getByTestId(/^neuron-0-\d+$/)).toHaveCount(5);
  await expect(page.getByTestId('edit-mark')).toContainText('units 4-2 → 5-2');
  expect(await someWeights(page)).toEqual(before);
  await expect(page.getByTestId('epoch')).toHaveText('3');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('4');
  await shot(page.getByTestId('loss-chart'), 'edit-mark');
  expect(problems).toEqual([]);
});

test('new data and a lesson show the current model’s numbers, never the last model’s', async ({ page, problems }) => {
  await page.goto('./');
  for (let epoch = 1; epoch <= 2; epoch++) {
    await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
    await expect(page.getByTestId('epoch')).toHaveText(String(epoch));
  }
  await expect(page.getByTestId('metrics-note')).toHaveCount(0);
  const circle = await page.getByTestId('val-accuracy').textContent();
  const rows = await curvesSummary(page);

  // The same weights on XOR's points: measured at once, and said to be a measurement, not an epoch.
  await page.getByRole('button', { name: 'Dataset: Exclusive or' }).click();
  await expect(page.getByTestId('metrics-note')).toHaveText('The current weights, measured now at epoch 2, batch 0/25 (not a point of the curves).');
  await expect(page.getByTestId('val-accuracy')).not.toHaveText(circle!);
  await expect(page.getByTestId('val-accuracy')).toHaveText(/^\d+\.\d%$/);
  await expect(page.getByTestId('epoch')).toHaveText('2');
  expect(await curvesSummary(page)).toBe(rows);
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('3');
  await expect(page.getByTestId('metrics-note')).toHaveCount(0);

  // A lesson opened after training starts afresh: epoch 0, no curves, the numbers of its own starting weights.
  await setSpeed(page, 5);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => page.getByTestId('epoch').textContent().then(Number), { timeout: 30_000 }).toBeGreaterThan(10);
  await stopTraining(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await page.getByRole('link', { name: /XOR needs a hidden layer/ }).click();
  await expect(page.getByRole('heading', { name: 'XOR needs a hidden layer' })).toBeVisible();
  await expect(page.getByTestId('epoch')).toHaveText('0');
  await expect(page.getByTestId('metrics-note')).toHaveText('The starting weights, measured before any training.');
  await expect(page.getByText('Press Play or step through an epoch')).toBeVisible();
  const shown = await Promise.all(['train-loss', 'val-loss', 'train-accuracy', 'val-accuracy'].map((id) => page.getByTestId(id).textContent()));
  await shot(page, 'lesson-5-after-training');
  // The same numbers as the lesson opened on a page that never trained.
  const fresh = await page.context().newPage();
  await fresh.goto('./?lesson=xor');
  await expect(fresh.getByTestId('metrics-note')).toHaveText('The starting weights, measured before any training.');
  expect(await Promise.all(['train-loss', 'val-loss', 'train-accuracy', 'val-accuracy'].map((id) => fresh.getByTestId(id).textContent()))).toEqual(shown);
  expect(problems).toEqual([]);
});
