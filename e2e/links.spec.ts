// Links a learner may be handed, hand-edited or truncated: each opens the playground and says what it could not use.
import { expect, test } from './fixtures.ts';

for (const hash of ['#lesson=%ZZ', '#lesson=%E2%9C', '#lesson=no-such-lesson']) {
  test(`a bad lesson link (${hash}) opens the playground with a notice`, async ({ page, problems }) => {
    await page.goto(`./${hash}`);
    await expect(page.getByRole('heading', { name: 'Layerlab' })).toBeVisible();
    await expect(page.getByTestId('network-graph')).toBeVisible();
    const shown = hash === '#lesson=no-such-lesson' ? 'no-such-lesson' : hash.slice('#lesson='.length);
    await expect(page.getByText(`This link names a lesson that does not exist: “${shown}”.`)).toBeVisible();
    await expect.poll(() => page.url()).not.toContain('#lesson=');
    expect(problems).toEqual([]);
  });
}

test('a link with a hexadecimal number and a repeated key loads the closest valid setup and says why', async ({ page, problems }) => {
  await page.goto('./?data=xor&noise=0x10&lr=0.1&lr=0.3');
  await expect(page.getByText('This link needed some repairs, so it loaded the closest valid setup:')).toBeVisible();
  await expect(page.getByText('Noise "0x10" is not a decimal number; using 0%.')).toBeVisible();
  await expect(page.getByText('lr appears twice ("0.1", "0.3"); used neither, so it takes its default.')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.getAll('lr')).toHaveLength(1);
  expect(new URL(page.url()).searchParams.get('noise')).toBe('0');
  expect(problems).toEqual([]);
});

test('a link asking for a regression with a classification loss gets a loss that fits, says which, and trains', async ({ page, problems }) => {
  await page.goto('./?data=circle&problem=regression&loss=binary_crossentropy');
  await expect(page.getByText('Loss "binary_crossentropy" does not fit Circle as a regression; using mse.')).toBeVisible();
  await expect(page.getByLabel('Problem type')).toHaveValue('regression');
  await expect(page.getByLabel('Loss', { exact: true })).toHaveValue('mse');
  await expect(page.getByTestId('output-why')).toHaveText('Output layer: 1 linear unit. Linear: one number, the label predicted as a value.');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await expect(page.getByTestId('train-loss')).toHaveText(/^\d\.\d{4}$/);
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('loss')).toBe('mse');
  expect(problems).toEqual([]);
});

test('the built page carries its Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('network-graph')).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
});

/** The float64 weights a link's #w= part holds (version, count, epoch, weights, checksum). */
function linkWeights(link: string): { epoch: number; params: number[] } {
  const part = new URL(link).hash
    .slice(1)
    .split('&')
    .find((p) => p.startsWith('w='));
  if (!part) throw new Error(`no weights in ${link}`);
  const bytes = Buffer.from(part.slice(2), 'base64url');
  const count = bytes.readUInt32LE(1);
  return { epoch: bytes.readUInt32LE(5), params: Array.from({ length: count }, (_, i) => bytes.readDoubleLE(9 + i * 8)) };
}

test('Copy link carries the weights: a typed 0.1 and trained weights come back bit for bit in a fresh page', async ({ page, context, problems }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?data=xor');
  await page.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  await page.getByTestId('edge-0-0-0').click({ force: true });
  const field = page.getByRole('textbox', { name: /^Weight from x₁ to/ });
  await field.fill('0.1');
  await field.press('Enter');
  await expect(field).toBeHidden();
  // The worker takes the weight and sends it back with its next frame: copy once the graph shows it.
  await page.getByTestId('edge-0-0-0').hover({ force: true });
  await expect(page.getByTestId('network-tooltip')).toContainText(/(?<![\d.])0\.1(000)?(?!\d)/);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link with weights copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('data=xor');
  const saved = linkWeights(link);
  expect(saved.epoch).toBe(1);
  expect(saved.params).toContain(0.1);

  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(fresh.getByText("This link brought its network's weights, as they were after epoch 1.")).toBeVisible();
  // The link opens at its epoch, honest that the optimizer's memory was not in it.
  await expect(fresh.getByText('Training goes on from epoch 1; the optimizer starts fresh')).toBeVisible();
  await expect(fresh.getByTestId('epoch')).toHaveText(String(saved.epoch));
  await expect.poll(() => fresh.url()).not.toContain('w=');
  await fresh.getByRole('button', { name: 'Copy link' }).click();
  await expect(fresh.getByRole('status').filter({ hasText: 'Link with weights copied' })).toBeVisible();
  const again = linkWeights(await fresh.evaluate(() => navigator.clipboard.readText()));
  expect(again.params).toEqual(saved.params);
  expect(again.epoch).toBe(saved.epoch);
  await fresh.getByTestId('edge-0-0-0').hover({ force: true });
  await expect(fresh.getByTestId('network-tooltip')).toContainText('0.1');
  await fresh.getByRole('button', { name: 'Step one epoch', exact: true }).click();
  await expect(fresh.getByTestId('epoch')).toHaveText('2');

  // A damaged weights part: the setup still loads, with fresh weights and a notice.
  const url = new URL(link);
  const text = url.hash.slice('#w='.length);
  const damaged = `${url.origin}${url.pathname}${url.search}#w=${text.slice(0, 20)}${text[20] === 'A' ? 'B' : 'A'}${text.slice(21)}`;
  const third = await context.newPage();
  await third.goto(damaged);
  await expect(third.getByText('The weights in this link are damaged; the setup loaded with fresh weights.')).toBeVisible();
  await expect(third.getByRole('button', { name: 'Dataset: Exclusive or' })).toHaveAttribute('aria-pressed', 'true');
  await expect(third.getByTestId('network-graph')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a lesson link keeps working beside weights in the hash', async ({ page, problems }) => {
  await page.goto('./#lesson=dot-product&w=AAAA');
  await expect(page.getByRole('heading', { name: 'A neuron is a dot product' })).toBeVisible();
  await expect(page.getByText('The weights in this link are damaged; the setup loaded with fresh weights.')).toBeVisible();
  await expect.poll(() => page.url()).toContain('#lesson=dot-product');
  expect(problems).toEqual([]);
});
