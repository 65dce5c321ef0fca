// Registers the service worker (built by scripts/vite-plugin-offline.ts) and tells the page when a newer
// version of the site has been installed and waits, so the learner can reload into it in one step.

type Listener = () => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | null): void {
  waiting = worker;
  for (const l of listeners) l();
}

export function registerOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  // Relative to the page, so the site works from any sub-path; the scope is the site's folder.
  const url = new URL('sw.js', document.baseURI);
  const scope = new URL('./', document.baseURI);
  navigator.serviceWorker.register(url, { scope: scope.pathname }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Some embedders and test harnesses stub register() to resolve with nothing.
      if (!registration) return;
      const watch = (worker: ServiceWorker | null) => {
        worker?.addEventListener('statechange', () => {
          // 'installed' with a controller: a new version beside the one this page runs.
          if (worker.state === 'installed' && navigator.serviceWorker.controller) setWaiting(worker);
        });
      };
      if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    },
    // Offline use is a bonus: a browser that refuses (private mode, file://) still runs the playground.
    () => {},
  );
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (waiting && !reloading) {
      reloading = true;
      location.reload();
    }
  });
}

export const subscribeUpdate = (l: Listener): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
export const updateReady = (): boolean => waiting !== null;

/** Hands over to the waiting version; the page reloads once it controls the page. */
export function reloadIntoUpdate(): void {
  waiting?.postMessage('skipWaiting');
}
