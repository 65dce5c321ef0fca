// The shape of the house, checked by `npm test` (src/structure.test.ts) and by `node scripts/check-structure.mjs`:
//   ui -> state -> worker client -> (messages) -> worker -> engine, with setup and tables below state.
// Reads every import (static, dynamic, type-only, re-export) of src/, applies the rules below,
// looks for cycles, and keeps every source file small enough to read in one sitting. dependency-cruiser needs the TypeScript compiler API, which TypeScript 7 lacks;
// our imports are plain relative paths with extensions, so a small reader is exact here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = process.argv[2] ?? 'src';
const isTest = (f) => /\.test\.tsx?$/.test(f);

/** [name, from, to]: a module matching `from` may not import one matching `to`. */
export const RULES = [
  ['the engine is a package of its own: it imports nothing else of the app and no package', (f) => f.startsWith('src/engine/') && !isTest(f), (t) => !t.startsWith('src/engine/')],
  ['setup (what a learner chooses, and its rules) builds on the engine only', (f) => f.startsWith('src/setup/') && !isTest(f), (t) => !/^src\/(setup|engine)\//.test(t)],
  ['code export is pure: the engine and the setup only', (f) => f.startsWith('src/export/') && !isTest(f), (t) => !/^src\/(export|engine|setup)\//.test(t)],
  ['the offline service worker stands alone', (f) => f.startsWith('src/offline/'), (t) => !t.startsWith('src/offline/')],
  ['table data code knows nothing of stores, worker or UI', (f) => f.startsWith('src/tables/') && !isTest(f), (t) => /^src\/(state|worker|ui)\//.test(t)],
  [
    'the worker imports only the engine, the setup and its protocol',
    (f) => f.startsWith('src/worker/') && f !== 'src/worker/client.ts' && !isTest(f),
    (t) => !/^src\/(worker|engine|setup)\//.test(t),
  ],
  ['only src/state talks to the worker', (f) => !/^src\/(state|worker)\//.test(f) && !isTest(f), (t) => t.startsWith('src/worker/')],
  [
    'nothing below the UI imports it',
    (f) => /^src\/(engine|setup|tables|worker|state|export|offline)\//.test(f),
    (t) => t.startsWith('src/ui/') || /^src\/(App|main)\.tsx$/.test(t),
  ],
];

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'dist' || name === 'node_modules' ? [] : walk(p);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [p] : [];
  });
}

/** Lines a non-test source file may have. */
export const MAX_LINES = 400;

const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Imports of one file: relative ones resolved to repository paths, packages by name. */
export function importsOf(file, text) {
  const out = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    out.push(
      spec.startsWith('.')
        ? normalize(join(dirname(file), spec))
            .split('\\')
            .join('/')
        : `package:${spec}`,
    );
  }
  return out;
}

/** Every broken rule and every cycle in a graph { file: [imported files] }, and every file over MAX_LINES. */
export function check(graph, lines = {}) {
  const problems = [];
  for (const [file, n] of Object.entries(lines)) {
    if (n > MAX_LINES && !isTest(file)) problems.push(`${file}: ${n} lines; split it (at most ${MAX_LINES})`);
  }
  for (const [from, tos] of Object.entries(graph)) {
    for (const to of tos) {
      for (const [name, fromRule, toRule] of RULES) {
        if (fromRule(from) && toRule(to)) problems.push(`${from} -> ${to}: ${name}`);
      }
    }
  }
  // Tarjan's strongly connected components: any component of two or more files is a cycle.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph[v] ?? []) {
      if (!(w in graph)) continue;
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph[v] ?? []).includes(v)) problems.push(`cycle: ${component.sort().join(' <-> ')}`);
    }
  };
  for (const v of Object.keys(graph)) if (!idx.has(v)) strong(v);
  return problems;
}

/** Checks the tree under `root` (a path relative to the repository). */
export function checkTree(root = 'src') {
  const files = walk(root).map((f) => relative('.', f).split('\\').join('/'));
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const graph = Object.fromEntries(files.map((f) => [f, importsOf(f, texts[f])]));
  const lines = Object.fromEntries(files.map((f) => [f, (texts[f].match(/\n/g) ?? []).length]));
  const edges = Object.values(graph).reduce((n, t) => n + t.length, 0);
  return { problems: check(graph, lines), files: files.length, edges };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { problems, files, edges } = checkTree(ROOT);
  for (const p of problems) console.log(`  ${p}`);
  console.log(problems.length ? `${problems.length} problems` : `${files} modules, ${edges} imports: every arrow one way, no cycle, no file over ${MAX_LINES} lines`);
  process.exit(problems.length ? 1 : 0);
}
