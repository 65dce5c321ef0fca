// The design tokens as a stylesheet: `import 'virtual:tokens.css'` gets a :root block written from
// src/ui/tokens.ts. Bundled into the site's CSS file at build (a <link>, so style-src 'self' holds and
// the first paint already has every colour), injected with the other styles in `vite dev`. The config
// imports tokens.ts, so Vite restarts the dev server when it changes.
import type { Plugin } from 'vite';
import { tokenCss } from '../src/ui/tokens.ts';

export const TOKENS_MODULE = 'virtual:tokens.css';
// Without Rollup's \0 prefix: Vite's CSS pipeline skips \0 ids, and this one must go through it.
const RESOLVED = '/@layerlab-tokens.css';

export function tokensPlugin(): Plugin {
  return {
    name: 'layerlab-tokens',
    resolveId: (id) => (id === TOKENS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokenCss() : undefined),
  };
}
