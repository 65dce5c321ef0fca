// Entry point: restore the setup from the address bar, start the training worker, then draw.
// Both start before React renders, once, outside any effect, so StrictMode's double effects cannot start two workers.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startSession } from './state/session.ts';
import { registerPlaygroundCommands } from './state/playgroundCommands.ts';
import { startUrlSync } from './state/urlSync.ts';
import { applyColorVariables } from './ui/colors.ts';
import './ui/styles.css';

startUrlSync();
startSession();
registerPlaygroundCommands();
applyColorVariables(document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
