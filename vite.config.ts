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
  build: { target: 'es2022', manifest: true },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
