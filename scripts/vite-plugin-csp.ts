// The Content-Security-Policy of the built site, as a <meta> in index.html. Only at build: the dev
// server injects inline scripts (React refresh) and <style> tags that this policy rightly refuses.
import type { Plugin } from 'vite';

/**
 * Nothing from another origin, no inline script or style, no eval. React's style={} props go
 * through the CSSOM (element.style), which style-src does not govern; a style="" attribute in
 * markup would be refused. frame-ancestors, report-to and sandbox are ignored in a <meta>, so a
 * host sets those as headers (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'layerlab-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}
