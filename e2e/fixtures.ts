// Shared test setup: every page fails its test on a console error or a request to another origin.
import { test as base, expect, type Page } from '@playwright/test';

/** The first-visit guide's localStorage key (src/ui/app/FirstVisitGuide.tsx). */
export const GUIDE_KEY = 'layerlab.guide';

export const test = base.extend<{ problems: string[] }>({
  // Tests start as a returning learner: the first-visit guide stays away unless a test clears this.
  context: async ({ context }, use) => {
    await context.addInitScript((key) => localStorage.setItem(key, 'dismissed'), GUIDE_KEY);
    await use(context);
  },
  problems: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
    });
    await use(problems);
    expect(problems, 'console errors or foreign requests').toEqual([]);
  },
});

export { expect };

/** Reads a percentage like "97.5%" from a test id. */
export async function percent(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number.parseFloat(text.replace('%', ''));
}

export async function totalParams(page: Page): Promise<number> {
  await page.getByRole('tab', { name: 'Summary' }).click();
  const total = Number((await page.getByTestId('total-params').textContent())?.replace(/[^0-9]/g, ''));
  await page.getByRole('tab', { name: 'Graph' }).click();
  return total;
}

export async function setSpeed(page: Page, speed: number): Promise<void> {
  await page.getByLabel('Speed').fill(String(speed));
}
