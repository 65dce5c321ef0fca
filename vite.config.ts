/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetsPlugin } from './scripts/vite-plugin-datasets.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

export default defineConfig({
  // Relative base: the built site works from any sub-path of a static host.
  base: './',
  plugins: [react(), datasetsPlugin(), offlinePlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022' },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
