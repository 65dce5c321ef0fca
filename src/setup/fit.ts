// Keras' fit(epochs=N): Play trains N epochs and stops. Pressing Play again fits N more, as calling
// fit() again does in Keras, so a run always stops at a whole multiple of N.

/** The epoch at which a fit started at `epoch` stops (Infinity: until paused). */
export function fitEnd(epoch: number, epochs: number | null): number {
  // Also a setup saved before epochs existed (undefined): it trains until paused, as it did then.
  if (epochs === null || !(epochs > 0)) return Infinity;
  return (Math.floor(epoch / epochs) + 1) * epochs;
}

/** The end of the fit that logged `epoch` (1-based), for "Epoch 3/150"; null while training until paused. */
export function fitEndOf(epoch: number, epochs: number | null): number | null {
  if (epochs === null || !(epochs > 0)) return null;
  return Math.max(1, Math.ceil(epoch / epochs)) * epochs;
}
