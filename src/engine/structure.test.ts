// The engine's shape, checked: no import cycles, nothing imported from outside src/engine, and
// every file small enough to read in one sitting. (dependency-cruiser 18 needs Node 22, so this
// reads the imports itself.)
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(fileURLToPath(import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'dist' || e.name === 'node_modules' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(root);
const imports = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    return [file, specifiers] as const;
  }),
);

describe('engine structure', () => {
  it('imports only its own files, by relative paths with .ts extensions', () => {
    for (const [file, specifiers] of imports) {
      for (const s of specifiers) {
        expect(s, relative(root, file)).toMatch(/^\.\.?\/.*\.ts$/);
        expect(resolve(dirname(file), s).startsWith(root), `${relative(root, file)} imports ${s}`).toBe(true);
      }
    }
  });

  it('has no import cycles', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const s of imports.get(file) ?? []) visit(resolve(dirname(file), s), [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps every file under 400 lines', () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map((f) => relative(root, f));
    expect(long).toEqual([]);
  });
});
