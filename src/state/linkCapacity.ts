// How many weights a link may carry, apart from their encoding (weightsLink.ts), so Copy link can say
// so before the encoder has loaded.

/**
 * The most parameters a link carries: 2,500 float64 weights make about 26.7 kB of link, which every
 * browser keeps in its address bar and most chat apps pass on whole. Every plane network fits (the
 * largest, 7 inputs through 8 layers of 16 to 6 classes, has 2,134); the tables' wider networks
 * (digits: 784 inputs) do not, and the Copy link control says to save a file instead.
 */
export const MAX_LINK_PARAMS = 2_500;
