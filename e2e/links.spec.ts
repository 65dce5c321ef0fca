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

test('the built page carries its Content-Security-Policy', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('network-graph')).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
});
