// Weight initialisers, seeded so that a seed reproduces the same network bit for bit.
// Formulas follow Keras: fan_in = inputs, fan_out = units.
import { createRng } from './random.ts';
import { EngineError, INITIALIZERS, type InitializerName } from './types.ts';
import type { Float } from './activations.ts';

export function assertInitializer(name: unknown, path: string): InitializerName {
  if (typeof name !== 'string' || !(INITIALIZERS as readonly string[]).includes(name)) {
    throw new EngineError(`unknown initializer ${JSON.stringify(name)}; use one of ${INITIALIZERS.join(', ')}`, path);
  }
  return name as InitializerName;
}

/** Fills each kernel in order from one seeded stream; biases start at zero, as in Keras. */
export function initializeKernels(kernels: Float[], shapes: { inputs: number; units: number }[], initializer: InitializerName, seed: number, constant = 0): void {
  const rng = createRng(seed);
  kernels.forEach((kernel, l) => {
    const { inputs: fanIn, units: fanOut } = shapes[l];
    let sample: () => number;
    switch (initializer) {
      case 'random_uniform':
        sample = () => rng.uniform(-0.05, 0.05);
        break;
      case 'glorot_uniform': {
        const limit = Math.sqrt(6 / (fanIn + fanOut));
        sample = () => rng.uniform(-limit, limit);
        break;
      }
      case 'he_uniform': {
        const limit = Math.sqrt(6 / fanIn);
        sample = () => rng.uniform(-limit, limit);
        break;
      }
      case 'he_normal': {
        // Keras draws from a normal truncated at two standard deviations.
        const std = Math.sqrt(2 / fanIn) / 0.87962566103423978;
        sample = () => {
          for (;;) {
            const v = rng.normal();
            if (v >= -2 && v <= 2) return v * std;
          }
        };
        break;
      }
      case 'zeros':
        sample = () => 0;
        break;
      case 'constant':
        sample = () => constant;
        break;
    }
    for (let i = 0; i < kernel.length; i++) kernel[i] = sample();
  });
}
