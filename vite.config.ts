/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { cspPlugin } from './scripts/vite-plugin-csp.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';
import { tokensPlugin } from './scripts/vite-plugin-tokens.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), tokensPlugin(), datasetsPlugin(), cspPlugin(), offlinePlugin()],
  worker: { format: 'es' },
  // The manifest lets bench:bundle tell the first load from the chunks loaded on demand.
  build: {
    target: 'es2022',
    manifest: true,
    // Every browser that runs es2022 either supports <link rel=modulepreload> or loads the chunk on import anyway.
    modulePreload: { polyfill: false },
    // Everything the first screen needs in one file: split into the pieces the lazy chunks also use, it
    // came as a score of small files, each compressed on its own (more bytes and more requests).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } } },
  },
  test: {
    testTimeout: 30_000,
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'pure', include: ['src/{engine,tables,export,setup}/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'page', include: ['src/**/*.test.ts'], exclude: ['src/{engine,tables,export,setup}/**'] } },
    ],
  },
});
