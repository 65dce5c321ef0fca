// What a learner downloads before the page can draw, and what waits until it is used.
// Reads the manifest of a `vite build` (build.manifest: true): the first load is the entry chunk,
// everything it imports statically, and their CSS; every other file under assets/ loads on demand.
// Honest only while no dynamic import fires unconditionally at startup: such a chunk is first load too
// (today none does: tables load with a table, the curves with the first epoch, dialogs when opened).
// Two exceptions are listed on their own below: what is fetched once the page has drawn (pictures whose
// places are kept at their size, code for the first hover and alert), and the training worker.
// Usage: npm run bench:bundle (builds first), or node scripts/bench-bundle.mjs over an existing dist/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
/** The issue's budget for the first load's JavaScript, gzip level 9. */
const BUDGET_GZIP = 120_000;
/**
 * Entries fetched on every visit, but only after the first draw: pictures that fill places already drawn
 * at their size, and code fetched once the page is idle ahead of a learner's first alert, hover or click
 * (src/ui/afterFirstDraw.ts).
 */
const AFTER_FIRST_DRAW = ['src/ui/app/thumbnailArt.tsx', 'src/ui/app/TrainingAlerts.tsx', 'src/ui/network/Tooltip.tsx', 'src/ui/network/ParamEditor.tsx'];

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('the manifest names no entry chunk');

const firstLoad = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  for (const css of chunk.css ?? []) firstLoad.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);

const row = (file, s) => `  ${file.padEnd(48)} ${kB(s.raw).padStart(10)} ${kB(s.gzip).padStart(10)}`;
const header = `  ${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`;

let raw = 0;
let gzip = 0;
let js = 0;
let jsGzip = 0;
console.log('First load (entry + static imports + CSS):');
console.log(header);
for (const file of [...firstLoad].sort()) {
  const s = sizeOf(file);
  raw += s.raw;
  gzip += s.gzip;
  if (file.endsWith('.js')) {
    js += s.raw;
    jsGzip += s.gzip;
  }
  console.log(row(file, s));
}
console.log(`  ${'total'.padEnd(48)} ${kB(raw).padStart(10)} ${kB(gzip).padStart(10)}`);
console.log(`  ${'of which JavaScript'.padEnd(48)} ${kB(js).padStart(10)} ${kB(jsGzip).padStart(10)}`);

const afterDraw = AFTER_FIRST_DRAW.map((key) => {
  if (!manifest[key]) throw new Error(`the manifest has no chunk for ${key}`);
  return manifest[key].file;
});
console.log('\nAfter the first draw, on every visit (thumbnails into places drawn at their size; code fetched when idle):');
console.log(header);
for (const file of afterDraw) console.log(row(file, sizeOf(file)));

// The training worker starts with the page, so it is fetched on every visit too; it is parsed and run on
// its own thread, so it does not hold up the page's first draw. Named here so it is not taken for lazy.
const trainingWorker = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => /^assets\/train\.worker-.*\.js$/.test(file));
if (trainingWorker.length !== 1) throw new Error(`expected one training worker file, found ${trainingWorker.length}`);
console.log("\nAt start, off the page's thread (the training worker, started with the page):");
console.log(header);
for (const file of trainingWorker) console.log(row(file, sizeOf(file)));

const lazy = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => !firstLoad.has(file) && !afterDraw.includes(file) && !trainingWorker.includes(file))
  .map((file) => ({ file, ...sizeOf(file) }))
  .sort((a, b) => b.gzip - a.gzip);
console.log('\nOn demand (lazy chunks, other workers, other assets), heaviest first:');
console.log(header);
for (const s of lazy) console.log(row(s.file, s));

const over = jsGzip - BUDGET_GZIP;
console.log(`\nFirst-load JavaScript ${kB(jsGzip)} gzip against a budget of ${kB(BUDGET_GZIP)}: ${over > 0 ? `OVER by ${kB(over)}` : `within it, ${kB(-over)} to spare`}.`);
