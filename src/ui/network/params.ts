// Where each layer's kernel and bias sit in the flat parameter array (Keras order:
// kernel 0 [inputs × units, row-major], bias 0, kernel 1, bias 1, ...).

export interface LayerOffsets {
  inputs: number;
  units: number;
  /** Index of kernel[0][0]; kernel[i][j] is at kernel + i * units + j. */
  kernel: number;
  /** Index of bias[0]. */
  bias: number;
}

export function paramOffsets(inputs: number, units: readonly number[]): { layers: LayerOffsets[]; total: number } {
  const layers: LayerOffsets[] = [];
  let at = 0;
  let fanIn = inputs;
  for (const u of units) {
    layers.push({ inputs: fanIn, units: u, kernel: at, bias: at + fanIn * u });
    at += fanIn * u + u;
    fanIn = u;
  }
  return { layers, total: at };
}

/** Index of kernel[input][unit] of a layer, or of bias[unit] when input is -1. */
export function paramIndex(offsets: LayerOffsets, unit: number, input: number): number {
  return input < 0 ? offsets.bias + unit : offsets.kernel + input * offsets.units + unit;
}
