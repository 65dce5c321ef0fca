// Main-thread responsiveness while the worker trains at full speed: frames per second and long
// tasks (PerformanceObserver 'longtask', > 50 ms), for the default network and the largest one
// the UI allows. Runs the production build in Chromium, served from a sub-path.
// Usage: npm run bench:ui  (builds first)   Options: --seconds N
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const port = 4391;
const base = `http://127.0.0.1:${port}/layerlab/`;
const largest = Array.from({ length: 8 }, () => '16tanh').join(',');

const cases = [
  { name: 'default network (2-4-2-1)', query: '' },
  { name: 'largest network (7 inputs, 8 x 16 tanh)', query: `?feat=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=${largest}` },
];

// Plain source text, not a function: the TypeScript runner's helpers do not exist in the page.
const PROBE = `(() => {
  const perf = { frames: 0, longTasks: [], stop: false };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => perf.longTasks.push(e.duration))).observe({ type: 'longtask' });
  const tick = () => { if (!perf.stop) { perf.frames++; requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  window.__stopProbe = () => { perf.stop = true; return { frames: perf.frames, longTasks: perf.longTasks }; };
})()`;

interface Measure {
  fps: number;
  longTasks: number;
  longestTaskMs: number;
  epochs: number;
}

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await once(server.stdout!, 'data');
  const browser = await chromium.launch({ executablePath: process.env.LAYERLAB_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    console.log(`Main thread during ${seconds} s of training at full speed (Chromium ${browser.version()}, 1440x900)`);
    console.log('case                                       fps   long tasks  longest   epochs trained');
    for (const c of cases) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(base + c.query);
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
      await page.waitForTimeout(500);
      await page.evaluate(PROBE);
      await page.getByLabel('Speed').fill('5'); // full speed: the worker trains continuously
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForTimeout(seconds * 1000);
      const perf = (await page.evaluate('window.__stopProbe()')) as { frames: number; longTasks: number[] };
      const epochs = Number((await page.getByTestId('epoch').textContent())?.replace(/[^0-9]/g, '') ?? 0);
      const m: Measure = { fps: perf.frames / seconds, longTasks: perf.longTasks.length, longestTaskMs: Math.max(0, ...perf.longTasks), epochs };
      console.log(`${c.name.padEnd(40)} ${m.fps.toFixed(1).padStart(6)} ${String(m.longTasks).padStart(10)} ${m.longestTaskMs.toFixed(0).padStart(7)} ms ${String(m.epochs).padStart(9)}`);
      await page.close();
    }
    console.log('Targets: >= 55 fps and no long task over 50 ms for the default network; >= 45 fps for the largest.');
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
