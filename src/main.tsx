// Entry point: restore the setup from the address bar and the session from storage, start the training
// worker, then draw. All of it happens once, before React renders and outside any effect, so
// StrictMode's double effects cannot start two workers.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { PanelBoundary } from './ui/app/PanelBoundary.tsx';
import { linkOf, loadStoredSession, restoreStored, startPersistence } from './state/persistence.ts';
import { startSession } from './state/session.ts';
import { registerPlaygroundCommands } from './state/playgroundCommands.ts';
import { flushAddress, startUrlSync } from './state/urlSync.ts';
import { registerOffline } from './offline/register.ts';
import { lessonInAddress } from './ui/lessons/route.ts';
import 'virtual:tokens.css';
import './ui/styles.css';

async function start(): Promise<void> {
  const query = location.search;
  startUrlSync();
  const link = linkOf(query);
  const stored = await loadStoredSession();
  const resume = stored ? await restoreStored(stored, link, lessonInAddress()) : null;
  startSession({ resume });
  startPersistence(flushAddress);
  // Not in `vite dev`: a service worker there would serve stale modules between edits.
  if (import.meta.env.PROD) registerOffline();
  registerPlaygroundCommands();

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html lost its #root element');
  // A panel's boundary already says what failed on the page; the console gets the details as a warning.
  createRoot(root, { onCaughtError: (error, info) => console.warn('A panel failed to draw:', error, info.componentStack) }).render(
    <StrictMode>
      <PanelBoundary name="page">
        <App />
      </PanelBoundary>
    </StrictMode>,
  );
}

void start();
