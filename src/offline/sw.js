// Layerlab's service worker: after one visit the playground opens and trains with no network.
// Hand-written rather than vite-plugin-pwa: it needs ~300 packages (workbox-build) for what these lines do.
// The build (scripts/vite-plugin-offline.ts) replaces the two placeholders: the app shell's files and a
// hash of their contents, which names the cache, so a new deployment is a new cache, never a mix.
/* global self, caches, fetch, URL, Response */

const SHELL = self.__LAYERLAB_SHELL__;
const VERSION = self.__LAYERLAB_VERSION__;
const SHELL_CACHE = `layerlab-shell-${VERSION}`;
// Datasets are cached the first time they are opened, and kept across versions of the app: they are
// large, and their file names change whenever their format does.
const DATA_CACHE = 'layerlab-datasets';
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL.map((f) => new URL(f, scope).href))));
  // No skipWaiting here: a page running the old version keeps it until the learner chooses to reload.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('layerlab-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (path.startsWith('datasets/')) {
    event.respondWith(fromDataCache(request));
  } else if (request.mode === 'navigate') {
    // Every page of the app is index.html (the setup lives in the query string).
    event.respondWith(
      caches
        .open(SHELL_CACHE)
        .then((c) => c.match(new URL('index.html', scope).href))
        .then((hit) => hit ?? fetch(request)),
    );
  } else {
    event.respondWith(
      caches
        .open(SHELL_CACHE)
        .then((c) => c.match(request, { ignoreSearch: true }))
        .then((hit) => hit ?? fetch(request)),
    );
  }
});

async function fromDataCache(request) {
  const cache = await caches.open(DATA_CACHE);
  const hit = await cache.match(request, { ignoreSearch: true });
  if (hit) return hit;
  const response = await fetch(request);
  // Only whole, good answers: a host's HTML fallback page must not be kept as a dataset.
  if (response.ok && !response.headers.get('Content-Type')?.startsWith('text/html')) await cache.put(request, response.clone());
  return response;
}
