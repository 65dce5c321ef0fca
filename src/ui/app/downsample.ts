// Long training runs log tens of thousands of epochs; a chart a few hundred pixels wide needs a few hundred.

/** At most `max` indices into a series of length n, evenly spread, always keeping the first and the last. */
export function downsampleIndices(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: max }, (_, k) => Math.round((k * (n - 1)) / (max - 1)));
}
