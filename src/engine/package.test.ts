// The engine as a learner's Node script meets it: built (npm run build:engine), packed with
// npm pack, unpacked into a fresh project's node_modules, imported as '@layerlab/engine' by a
// plain .mjs file that trains XOR, and type-checked through the package's `types`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const engineDir = dirname(fileURLToPath(import.meta.url));
const tsc = join(engineDir, '../../node_modules/.bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'layerlab-engine-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const XOR_SCRIPT = `
import { createModel } from '@layerlab/engine';
const model = createModel({ inputs: 2, layers: [{ units: 4, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }] }, { seed: 2 });
model.compile({ optimizer: 'adam', learningRate: 0.05, loss: 'binary_crossentropy', metrics: ['accuracy'] });
const x = [[0, 0], [0, 1], [1, 0], [1, 1]];
const y = [[0], [1], [1], [0]];
model.fit(x, y, { epochs: 500, batchSize: 4 });
const { accuracy } = model.evaluate(x, y);
console.log(JSON.stringify({ accuracy, predictions: model.predict(x).map(([p]) => Math.round(p)) }));
`;

const TYPES_CHECK = `
import { createModel, type ModelSpec } from '@layerlab/engine';
const spec: ModelSpec = { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] };
const p: number = createModel(spec).predict([[1, 2]])[0][0];
// @ts-expect-error outputs is a number
const wrong: string = createModel(spec).outputs;
export { p, wrong };
`;

describe('@layerlab/engine as a package', () => {
  it('builds, packs without tests or sources, installs, and trains XOR to 100% from plain Node', () => {
    rmSync(join(engineDir, 'dist'), { recursive: true, force: true });
    execFileSync(tsc, ['-p', join(engineDir, 'tsconfig.build.json')], { stdio: 'pipe' });

    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: engineDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('package.json');
    expect(files.filter((f) => f.includes('.test.') || (f.endsWith('.ts') && !f.endsWith('.d.ts')) || f.includes('tsconfig'))).toEqual([]);

    const project = join(work, 'project');
    const installed = join(project, 'node_modules/@layerlab/engine');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed[0].filename), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'learner', private: true, type: 'module' }));
    writeFileSync(join(project, 'xor.mjs'), XOR_SCRIPT);
    const out = JSON.parse(execFileSync(process.execPath, ['xor.mjs'], { cwd: project, encoding: 'utf8' }));
    expect(out).toEqual({ accuracy: 1, predictions: [0, 1, 1, 0] });

    writeFileSync(join(project, 'check.ts'), TYPES_CHECK);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: [] }, files: ['check.ts'] }),
    );
    execFileSync(tsc, ['-p', project], { stdio: 'pipe' });
  }, 20_000);
});
