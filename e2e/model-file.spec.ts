// Save model and Open model, as a learner uses them in the production build: a run saved from one page
// opens in a fresh one (another browser context, nothing shared) showing the same numbers, trains on
// to exactly the same weights, and every kind of bad file is refused with its reason, changing nothing.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test, shot } from './fixtures.ts';

/** Saves through the dialog; returns the downloaded file's name and parsed content. */
// biome-ignore lint/suspicious/noExplicitAny: a saved file is read as loose JSON, to look into and to damage
async function save(page: Page, options: { includeData?: boolean; screenshot?: string } = {}): Promise<{ name: string; text: string; json: any }> {
  await page.getByRole('button', { name: 'Save model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save model' });
  await expect(dialog).toBeVisible();
  if (options.includeData !== undefined) await dialog.getByRole('checkbox', { name: /Include the data/ }).setChecked(options.includeData);
  if (options.screenshot) await shot(page, options.screenshot);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  const text = readFileSync((await download.path())!, 'utf8');
  return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
}

/** Opens a file through the Open model button's file chooser. */
async function open(page: Page, file: { name: string; text: string }): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open model' }).click();
  await (await choosing).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** A page in a new browser context: no storage, no worker, nothing shared with the first. */
async function freshPage(browser: Browser, baseURL: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`second page: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`second page: ${e.message}`));
  return page;
}

/** What the learner reads: epoch, batch and loss under the controls, and the latest metrics. */
async function shownNumbers(page: Page): Promise<string[]> {
  const ids = ['epoch', 'batch-progress', 'train-loss', 'val-loss', 'train-accuracy', 'val-accuracy'];
  return Promise.all(ids.map(async (id) => `${id}: ${await page.getByTestId(id).textContent()}`));
}

/** The Weights tab's reading of one kernel cell, by hovering it as the learner would. */
async function shownWeight(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Weights' }).click();
  const kernel = page.getByTestId('weight-matrix-0').locator('canvas').first();
  const box = (await kernel.boundingBox())!;
  await page.mouse.move(box.x + (box.width / 4) * 2.5, box.y + (box.height / 2) * 1.5);
  const text = (await page.getByRole('tooltip').textContent()) ?? '';
  await page.mouse.move(0, 0);
  await page.getByRole('tab', { name: 'Graph' }).click();
  return text;
}

async function stepEpochs(page: Page, n: number, then: string): Promise<void> {
  for (let i = 0; i < n; i++) await page.getByRole('button', { name: 'Step one epoch' }).click();
  await expect(page.getByTestId('epoch')).toHaveText(then);
}

for (const { data, url, table, label } of [
  { data: 'circle', url: './?data=circle&noise=10&seed=3', table: false, label: 'Circle' },
  { data: 'iris', url: './?data=iris&seed=5', table: true, label: 'Iris' },
]) {
  test(`${data}: a saved model opens in a fresh page with the same numbers, and one more epoch gives identical weights`, async ({ page, browser, baseURL, problems }) => {
    await page.goto(url);
    await expect(page.getByTestId('batch-progress')).toHaveText(/^batch 0\/\d+/);
    await stepEpochs(page, 3, '3');
    // Mid-epoch: the file must carry the shuffled order and the position in it.
    await page.getByRole('button', { name: 'Step one batch' }).click();
    await page.getByRole('button', { name: 'Step one batch' }).click();
    await expect(page.getByTestId('batch-progress')).toHaveText(/^batch 2\/\d+ · loss /);
    const saved = await save(page, { screenshot: `save-dialog-${data}` });
    expect(saved.name).toBe(`${data}-epoch-3.layerlab.json`);
    expect(saved.json).toMatchObject({ format: 'layerlab-session', version: 1, config: { dataset: data } });
    expect(saved.json.table === null).toBe(!table);
    if (table) expect(saved.json.table.stats).toHaveLength(4);
    expect(saved.json.trainer.history).toHaveLength(3);
    expect(Object.keys(saved.json.model.optimizer.slots)).toEqual(['m', 'v']);

    const other = await freshPage(browser, baseURL!, problems);
    await other.goto('./');
    await expect(other.getByTestId('batch-progress')).toHaveText(/^batch 0\/\d+/);
    await open(other, saved);
    await expect(other.getByTestId('model-file-message')).toHaveText(new RegExp(`Opened: ${label}, epoch 3\\. Press Play to train on\\.`));
    await expect(other.getByTestId('epoch')).toHaveText('3');
    await expect.poll(async () => (await shownNumbers(other)).join()).toBe((await shownNumbers(page)).join());
    expect(await shownWeight(other)).toEqual(await shownWeight(page));
    // The address bar follows the opened setup, so a link from here reproduces it too.
    await expect(other).toHaveURL(new RegExp(`data=${data}`));
    // Saved again at once, the fresh page holds exactly what the first saved: every weight, slot and row.
    const again = await save(other);
    expect(JSON.stringify(again.json.model)).toBe(JSON.stringify(saved.json.model));
    expect(again.json.trainer).toEqual(saved.json.trainer);
    expect(again.json.table).toEqual(saved.json.table);

    for (const p of [page, other]) await stepEpochs(p, 1, '4');
    await expect.poll(async () => (await shownNumbers(other)).join()).toBe((await shownNumbers(page)).join());
    const [a, b] = [await save(page), await save(other)];
    // JSON writes every double exactly (shortest round-trip form), so equal text is equal bits.
    expect(JSON.stringify(b.json.model.weights)).toBe(JSON.stringify(a.json.model.weights));
    expect(b.json.trainer).toEqual(a.json.trainer);
    expect(a.json.model.weights).not.toEqual(saved.json.model.weights);
    await other.context().close();
    expect(problems).toEqual([]);
  });
}

const CSV = `${['hours,sleep,passed', ...Array.from({ length: 60 }, (_, i) => `${(i * 7) % 13},${(i * 5) % 9},${((i * 7) % 13) + ((i * 5) % 9) > 10 ? 'yes' : 'no'}`)].join('\n')}\n`;

test('a CSV model carries its data when asked, and opens on a page that never saw the CSV', async ({ page, browser, baseURL, problems }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Dataset: Your CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your CSV file' });
  await dialog.getByLabel('Choose a CSV file').setInputFiles({ name: 'exam.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await dialog.getByRole('button', { name: 'Use this data' }).click();
  await expect(dialog).toBeHidden();
  // Nothing trains by itself; once playing, saving pauses it, so the file holds what is on screen.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(async () => Number(await page.getByTestId('epoch').textContent())).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Save model' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Save model' });
  await expect(saveDialog.getByRole('checkbox', { name: /^Include the data \(1 kB\)/ })).toBeChecked();
  await expect(saveDialog).toContainText('Saving pauses training');
  await saveDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  const withData = await save(page, { includeData: true, screenshot: 'save-dialog-csv' });
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByTestId('epoch')).toHaveText(String(withData.json.trainer.epoch));
  const withoutData = await save(page, { includeData: false });
  expect(withData.name).toMatch(/^exam-epoch-\d+\.layerlab\.json$/);
  expect(withData.json.table.csv.data.rows).toHaveLength(60);
  expect(withData.json.table.stats.map((s: { name: string }) => s.name)).toEqual(['hours', 'sleep']);
  expect(withoutData.json.table.csv.data).toBeNull();

  const other = await freshPage(browser, baseURL!, problems);
  await other.goto('./');
  await open(other, withoutData);
  await expect(other.getByTestId('model-file-message')).toContainText('does not include its data. Import exam.csv first');
  await expect(other.getByTestId('epoch')).toHaveText('0');
  await open(other, withData);
  await expect(other.getByTestId('model-file-message')).toContainText('Opened: Your CSV');
  await expect(other.getByRole('button', { name: 'Dataset: Your CSV…' })).toHaveAttribute('aria-pressed', 'true');
  expect(await shownNumbers(other)).toEqual(await shownNumbers(page));
  for (const p of [page, other]) await p.getByRole('button', { name: 'Step one epoch' }).click();
  await expect.poll(async () => (await shownNumbers(other)).join()).toBe((await shownNumbers(page)).join());
  const [a, b] = [await save(page), await save(other)];
  expect(JSON.stringify(b.json.model.weights)).toBe(JSON.stringify(a.json.model.weights));
  await other.context().close();
  expect(problems).toEqual([]);
});

test('every kind of bad model file is refused with its reason, and the model, epoch and weights stay', async ({ page, problems }) => {
  await page.goto('./');
  await stepEpochs(page, 2, '2');
  const good = await save(page);
  const before = await shownNumbers(page);
  const weightBefore = await shownWeight(page);
  // biome-ignore lint/suspicious/noExplicitAny: the test damages the file's JSON freely
  const edit = (change: (f: any) => void) => {
    const f = structuredClone(good.json);
    change(f);
    return JSON.stringify(f);
  };
  const bad: [string, string, RegExp][] = [
    ['notes.json', 'hello, model', /This is not a Layerlab model file: it is not JSON/],
    ['cut.layerlab.json', good.text.slice(0, Math.floor(good.text.length / 2)), /This file ends too early: it was probably cut off while it was saved or copied\./],
    ['newer.layerlab.json', edit((f) => (f.version = 2)), /This file was saved by a newer Layerlab \(version 2\); this one reads version 1\./],
    ['keras.json', edit((f) => (f.format = 'keras')), /its format is "keras", not "layerlab-session"/],
    ['no-progress.layerlab.json', edit((f) => delete f.trainer), /This file is missing its training progress \("trainer"\)\./],
    ['shape.layerlab.json', edit((f) => f.model.weights[2].push([0, 0])), /This file's second layer has 5 weights per neuron, but its setup feeds it 4 inputs\./],
    [
      'infinite.layerlab.json',
      good.text.replace(/"weights":\[\[\[[^,\]]+/, '"weights":[[[1e999'),
      /the first layer's weight from input 1 to neuron 1 is Infinity, not a finite number/,
    ],
    ['wide.layerlab.json', edit((f) => (f.config.hidden[0].units = 17)), /The setup's first hidden layer's number of neurons is 17; it must be from 1 to 16\./],
  ];
  const message = page.getByTestId('model-file-message');
  for (const [name, text, reason] of bad) {
    await open(page, { name, text });
    await expect(message, name).toHaveText(reason);
    await expect(message).toHaveAttribute('role', 'alert');
    await expect(message).toContainText('Not opened.');
    await expect(message).toContainText('Your network and data are as they were.');
    if (name === 'shape.layerlab.json') await shot(page, 'model-file-refused');
    await message.getByRole('button', { name: 'Dismiss' }).click();
    await expect(message).toBeHidden();
    expect(await shownNumbers(page), name).toEqual(before);
  }
  // A file dropped on the page is checked the same way.
  await page.evaluate(
    (text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.layerlab.json', { type: 'application/json' }));
      document.querySelector('main, #root')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    JSON.stringify({ ...good.json, version: 3 }),
  );
  await expect(message).toHaveText(/saved by a newer Layerlab \(version 3\)/);
  expect(await shownWeight(page)).toEqual(weightBefore);
  expect(await shownNumbers(page)).toEqual(before);
  const after = await save(page);
  expect(JSON.stringify(after.json.model)).toBe(JSON.stringify(good.json.model));
  expect(after.json.trainer).toEqual(good.json.trainer);
  expect(problems).toEqual([]);
});
