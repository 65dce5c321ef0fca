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
