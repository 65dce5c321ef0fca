// The shape of the house (scripts/check-structure.mjs): arrows one way, no cycles, small files.
// The scratch graphs prove the check fails where it should; the last test checks the real tree.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain Node script without type declarations
import { check, checkTree, importsOf } from '../scripts/check-structure.mjs';

type Graph = Record<string, string[]>;
const problems = (graph: Graph, lines: Record<string, number> = {}): string[] => check(graph, lines);

describe('the structure check', () => {
  it('reads static, type-only, re-exported and dynamic imports, and names packages', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../setup/b.ts';",
      "export { c } from './c.ts';",
      "const D = lazy(() => import('./d.tsx'));",
      "import { create } from 'zustand';",
      "// import { e } from './e.ts';",
    ].join('\n');
    expect(importsOf('src/state/x.ts', text)).toEqual(['src/state/a.ts', 'src/setup/b.ts', 'src/state/c.ts', 'src/state/d.tsx', 'package:zustand']);
  });

  it('fails a wrong-way arrow of each kind', () => {
    const wrong: Graph = {
      'src/engine/model.ts': ['src/setup/config.ts', 'package:d3'],
      'src/setup/rules.ts': ['src/state/configStore.ts'],
      'src/tables/csv.ts': ['src/ui/app/Icon.tsx'],
      'src/worker/runner.ts': ['src/tables/csv.ts'],
      'src/ui/app/Header.tsx': ['src/worker/protocol.ts'],
      'src/state/session.ts': ['src/ui/app/format.ts'],
    };
    const found = problems(wrong);
    // csv.ts -> ui breaks two rules.
    expect(found).toHaveLength(8);
    for (const from of Object.keys(wrong))
      expect(
        found.some((p) => p.startsWith(`${from} ->`)),
        from,
      ).toBe(true);
    expect(found.join('\n')).toContain('src/ui/app/Header.tsx -> src/worker/protocol.ts: only src/state talks to the worker');
  });

  it('allows the arrows of the house', () => {
    const right: Graph = {
      'src/ui/app/Header.tsx': ['src/state/session.ts', 'src/setup/config.ts', 'src/engine/index.ts'],
      'src/state/session.ts': ['src/worker/client.ts', 'src/worker/protocol.ts', 'src/tables/prepare.ts'],
      'src/worker/runner.ts': ['src/engine/index.ts', 'src/setup/rules.ts', 'src/worker/protocol.ts'],
      'src/tables/prepare.ts': ['src/setup/tableData.ts', 'src/engine/index.ts', 'package:papaparse'],
      'src/engine/model.test.ts': ['package:vitest'],
    };
    expect(problems(right)).toEqual([]);
  });

  it('finds a cycle, however long', () => {
    const graph: Graph = { 'src/ui/a.ts': ['src/ui/b.ts'], 'src/ui/b.ts': ['src/ui/c.ts'], 'src/ui/c.ts': ['src/ui/a.ts'], 'src/ui/d.ts': ['src/ui/a.ts'] };
    expect(problems(graph)).toEqual(['cycle: src/ui/a.ts <-> src/ui/b.ts <-> src/ui/c.ts']);
  });

  it('fails a source file over the limit, but not a test', () => {
    expect(problems({}, { 'src/ui/big.tsx': 401, 'src/ui/big.test.ts': 900, 'src/ui/ok.ts': 400 })).toEqual(['src/ui/big.tsx: 401 lines; split it (at most 400)']);
  });

  it('holds for the real tree', () => {
    expect(checkTree('src').problems).toEqual([]);
  });
});
