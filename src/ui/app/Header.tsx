// The top bar: who we are (and the lessons), and the training controls. Saving, exporting and the
// link to share sit with the settings (FileActions), so the bar stays one row on a projector.

import { useLayoutEffect } from 'react';
import { LessonsMenu } from '../lessons/LessonsMenu.tsx';
import { PresenterToggle } from '../present/PresenterToggle.tsx';
import { useElementSize } from '../useElementSize.ts';
import { FirstVisitGuide } from './FirstVisitGuide.tsx';
import { TrainingControls } from './TrainingControls.tsx';

export function Header() {
  const [ref, { height }] = useElementSize<HTMLElement>();
  // Short screens size the workspace to what the header leaves of the window (see styles.css).
  useLayoutEffect(() => {
    if (height > 0) document.documentElement.style.setProperty('--header-height', `${height}px`);
  }, [height]);
  return (
    <header ref={ref} className="app-header">
      <div className="brand">
        <Logo />
        <div>
          <div className="brand-title">
            <h1>Layerlab</h1>
            <LessonsMenu />
            <PresenterToggle />
          </div>
          <p className="tagline">Build a neural network and watch it learn.</p>
        </div>
      </div>
      <TrainingControls />
      <FirstVisitGuide />
    </header>
  );
}

/** The favicon's little network, so tab and page match. */
function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#1d3557" />
      <g stroke="#a8dadc" strokeWidth="1.6">
        <line x1="8" y1="10" x2="16" y2="8" />
        <line x1="8" y1="10" x2="16" y2="24" />
        <line x1="8" y1="22" x2="16" y2="8" />
        <line x1="8" y1="22" x2="16" y2="24" />
        <line x1="16" y1="8" x2="24" y2="16" />
        <line x1="16" y1="24" x2="24" y2="16" />
      </g>
      <g fill="#f1faee">
        <circle cx="8" cy="10" r="3" />
        <circle cx="8" cy="22" r="3" />
        <circle cx="16" cy="8" r="3" />
        <circle cx="16" cy="24" r="3" />
      </g>
      <circle cx="24" cy="16" r="3.4" fill="#e63946" />
    </svg>
  );
}
