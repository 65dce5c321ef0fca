// What the worker should compute for a table, from what the output panel shows: the confusion matrix,
// predicted against actual, or the gallery of mistakes. Planes need none of it.

import { useConfigStore } from './configStore.ts';
import { isDigits, isPlane } from '../setup/catalogue.ts';
import { taskOf } from '../setup/rules.ts';
import type { ViewRequest } from '../worker/protocol.ts';
import { useTableStore } from './tableStore.ts';

/** Misclassified digits the gallery shows. */
export const GALLERY_SIZE = 24;

/** The table part of the view request; empty for a plane, so planes ask exactly what they always did. */
export function tableViewRequest(): Partial<ViewRequest> {
  const { dataset, csvShape } = useConfigStore.getState();
  if (isPlane(dataset)) return {};
  const task = taskOf(dataset, csvShape);
  const view = useTableStore.getState().outputView;
  const digits = isDigits(dataset);
  // Without a plane there is no output heatmap and there are no neuron thumbnails to compute.
  const request: Partial<ViewRequest> = { outputGrid: 0, neuronGrid: 0 };
  if (task === 'regression') request.predictions = true;
  else if (!digits || view === 'confusion') request.confusion = true;
  if (digits && view === 'mistakes') request.mistakes = GALLERY_SIZE;
  return request;
}

/** Calls `listener` when what tableViewRequest returns may have changed. */
export function subscribeTableView(listener: () => void): () => void {
  const stopConfig = useConfigStore.subscribe((s, prev) => {
    if (s.dataset !== prev.dataset || s.csvShape !== prev.csvShape) listener();
  });
  const stopTable = useTableStore.subscribe((s, prev) => {
    if (s.outputView !== prev.outputView) listener();
  });
  return () => {
    stopConfig();
    stopTable();
  };
}
