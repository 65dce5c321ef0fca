// Writes the service worker (src/offline/sw.js) into the build with the app shell's file list and a hash
// of those files' contents as its version. Build only: `vite dev` never registers a service worker.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const SOURCE = new URL('../src/offline/sw.js', import.meta.url);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

export function offlinePlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'layerlab-offline',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async writeBundle() {
      // Everything the build wrote (public/ files included), except the datasets, which are cached when first opened.
      const files = (await filesUnder(outDir))
        .map((f) => relative(outDir, f).split('\\').join('/'))
        .filter((f) => !f.startsWith('datasets/') && f !== 'sw.js')
        .sort();
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(await readFile(join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      const source = (await readFile(SOURCE, 'utf8'))
        .replace('self.__LAYERLAB_SHELL__', JSON.stringify(['./', ...files]))
        .replace('self.__LAYERLAB_VERSION__', JSON.stringify(version));
      await writeFile(join(outDir, 'sw.js'), source);
    },
  };
}
