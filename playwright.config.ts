import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.PORT ?? 4317);
// Debian's chromium by default; LAYERLAB_CHROMIUM='' uses a Playwright-managed browser instead.
const executablePath = process.env.LAYERLAB_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/layerlab/`,
    launchOptions: executablePath ? { executablePath } : {},
    // A wrong locator should fail in seconds, not wait out the whole test.
    actionTimeout: 10_000,
    viewport: { width: 1440, height: 900 },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    command: 'node scripts/serve-static.mjs',
    url: `http://127.0.0.1:${port}/layerlab/`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port) },
  },
});
