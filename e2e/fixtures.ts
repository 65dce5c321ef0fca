// Shared test setup: every page fails its test on a console error or a request to another origin,
// and on any Content-Security-Policy violation (whether or not the test asks for `problems`).
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** The first-visit guide's localStorage key (src/ui/app/FirstVisitGuide.tsx). */
export const GUIDE_KEY = 'layerlab.guide';

export const test = base.extend<{ problems: string[]; cspViolations: undefined }>({
  // Tests start as a returning learner: the first-visit guide stays away unless a test clears this.
  context: async ({ context }, use) => {
    await context.addInitScript((key) => localStorage.setItem(key, 'dismissed'), GUIDE_KEY);
    await use(context);
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding('__layerlabCspViolation', (_source, text: string) => {
        violations.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __layerlabCspViolation(text: string): void }).__layerlabCspViolation(
            `${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
          );
        });
      });
      page.on('console', (m) => {
        if (m.text().includes('Refused to')) violations.push(m.text());
      });
      await use(undefined);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
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

/**
 * Stops training: presses Pause, unless the fit has already ended by itself (Play trains `epochs`
 * epochs and stops, which at full speed can come before the click).
 */
export async function stopTraining(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  await expect(play.or(pause)).toBeVisible();
  // The button may turn into Play between looking and clicking: then the fit has stopped on its own.
  if (await pause.isVisible()) await pause.click({ timeout: 2_000 }).catch(() => undefined);
  await expect(play).toBeVisible();
}

/** Records every main-thread task longer than 50 ms (the browser's long-task threshold). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}
/** The long tasks recorded since the last call, in milliseconds. */
export const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

/**
 * A screenshot to look at, saved only when asked for (SHOTS_DIR=/tmp/shots npx playwright test).
 * Pixels are never compared: what a test means is in its assertions, the picture is for a person.
 */
export async function shot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  const path = `${dir}/${name}.png`;
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage });
  else await target.screenshot({ path });
}
