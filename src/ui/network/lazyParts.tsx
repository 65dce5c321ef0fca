// Parts of the graph the first screen does not show: the hover card, the weight editor, and the canvas
// that summarises wide layers. Each loads on first use; all are fetched once the page is idle, so a
// first hover or click rarely waits for them.

import { lazy } from 'react';
import { afterFirstDraw } from '../afterFirstDraw.ts';

const loadHoverCard = () => import('./Tooltip.tsx');
const loadEditor = () => import('./ParamEditor.tsx');
const loadEdgeCanvas = () => import('./EdgeCanvas.tsx');

export const HoverCard = lazy(() => loadHoverCard().then((m) => ({ default: m.HoverCard })));
export const ParamEditor = lazy(() => loadEditor().then((m) => ({ default: m.ParamEditor })));
export const EdgeCanvas = lazy(() => loadEdgeCanvas().then((m) => ({ default: m.EdgeCanvas })));

let fetched = false;
/** Fetches the parts ahead of their first use, once, after the first draw. */
export function prefetchGraphParts(): void {
  if (fetched) return;
  fetched = true;
  afterFirstDraw(() => {
    void loadHoverCard();
    void loadEditor();
  });
}
