// One weight as one pixel, shared by the weight matrices and the first layer's pictures.

import { DIVERGING_LUT, lutIndex } from '../colors.ts';

const EMPTY: [number, number, number] = [233, 237, 241];

export /** One opaque pixel for weight w on a scale symmetric about zero; grey while there are no weights yet. */
function writeWeightPixel(px: Uint8ClampedArray, p: number, w: number | null, range: number): void {
  if (w === null) {
    [px[p], px[p + 1], px[p + 2]] = EMPTY;
  } else {
    const i = lutIndex(w, -range, range) * 3;
    px[p] = DIVERGING_LUT[i];
    px[p + 1] = DIVERGING_LUT[i + 1];
    px[p + 2] = DIVERGING_LUT[i + 2];
  }
  px[p + 3] = 255;
}
