// One command for everything: type-check, lint and format, unit tests (with the structure check), production build, end-to-end tests.
// Ends with one plain line "N passed, N failed" summed over both runners.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'node_modules/.tmp/test-reports';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function count(file, pick) {
  if (!existsSync(file)) return null;
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

if (!run('type-check', 'npx', ['tsc', '-b'])) failed += 1;
if (!run('lint and format (biome)', 'npx', ['biome', 'check', '--diagnostic-level=error', '.'])) failed += 1;

const unitOk = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`]);
const unit = count(`${out}/vitest.json`, (j) => ({ p: j.numPassedTests, f: j.numFailedTests }));
if (unit) {
  passed += unit.p;
  failed += unit.f;
}
if (!unitOk && (!unit || unit.f === 0)) failed += 1;

const chromium = process.env.LAYERLAB_CHROMIUM ?? '/usr/bin/chromium';
if (chromium && !existsSync(chromium)) {
  console.log(`\nNo browser at ${chromium}: install one with "sudo apt-get install -y chromium" (or set LAYERLAB_CHROMIUM='' to use Playwright's own).`);
  failed += 1;
} else if (!run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
  failed += 1;
} else {
  const e2eOk = run('end-to-end tests (playwright)', 'npx', ['playwright', 'test'], { PW_JSON: `${out}/playwright.json` });
  const e2e = count(`${out}/playwright.json`, (j) => ({ p: j.stats.expected + j.stats.flaky, f: j.stats.unexpected }));
  if (e2e) {
    passed += e2e.p;
    failed += e2e.f;
  }
  if (!e2eOk && (!e2e || e2e.f === 0)) failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
