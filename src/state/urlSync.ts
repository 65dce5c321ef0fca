// Keeps the address bar in step with the setup, so a reload restores the session and a copied
// link reproduces it. replaceState, not pushState: tweaking a slider should not flood the back button.

import { configOf, useConfigStore } from './configStore.ts';
import { useViewStore } from './viewStore.ts';
import { decodeConfig, encodeConfig } from './url.ts';

/** Writes at most a few times a second while a slider is dragged. */
const WRITE_DELAY_MS = 300;

let writeTimer: ReturnType<typeof setTimeout> | undefined;

function currentQuery(): string {
  return encodeConfig(configOf(useConfigStore.getState()));
}

function writeNow(): void {
  clearTimeout(writeTimer);
  writeTimer = undefined;
  const url = `${location.pathname}?${currentQuery()}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

/**
 * Loads the setup from the address bar (repairing what it must, and telling the learner what it
 * repaired), then rewrites the address whenever the setup changes. Returns a function that stops.
 */
export function startUrlSync(): () => void {
  if (location.search.length > 1) {
    const { config, corrections } = decodeConfig(location.search);
    useConfigStore.getState().replaceConfig(config);
    if (corrections.length > 0) useViewStore.getState().addNotice('This link needed some repairs, so it loaded the closest valid setup:', corrections);
  }
  writeNow();
  const stop = useConfigStore.subscribe(() => {
    clearTimeout(writeTimer);
    writeTimer = setTimeout(writeNow, WRITE_DELAY_MS);
  });
  return () => {
    stop();
    clearTimeout(writeTimer);
  };
}

/** The link to the current setup, written to the address bar first so the two agree. */
export function shareableLink(): string {
  writeNow();
  return location.href;
}
