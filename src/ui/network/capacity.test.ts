import { describe, expect, it } from 'vitest';
import { MAX_PARAMS, paramCount } from '../../setup/limits.ts';
import { addLayerBlock, overCap, resizeBlock } from './capacity.ts';

const spec = (inputs: number, units: number[]) => ({ inputs, layers: units.map((u) => ({ units: u, activation: 'relu' as const })) });

describe('the parameter cap', () => {
  it('counts weights and biases of every dense layer', () => {
    // 2 -> 4 -> 2 -> 1: (2*4+4) + (4*2+2) + (2*1+1) = 25, as the Summary tab says.
    expect(paramCount(2, [4, 2, 1])).toBe(25);
    expect(paramCount(784, [512, 10])).toBe(784 * 512 + 512 + 512 * 10 + 10);
  });

  it('lets eight layers of 256 on 784 pixels through and stops a fourth layer of 512', () => {
    expect(overCap(784, [...Array(8).fill(256), 10])).toBeNull();
    expect(paramCount(784, [512, 512, 512, 10])).toBeLessThanOrEqual(MAX_PARAMS);
    expect(paramCount(784, [512, 512, 512, 512, 10])).toBeGreaterThan(MAX_PARAMS);
    expect(overCap(784, [512, 512, 512, 512, 10])).toBe(
      'This network would have 1.2 million weights and biases; Layerlab stops at 1 million. Save a file and train it in Keras instead.',
    );
  });

  it('checks the network an action would make', () => {
    expect(addLayerBlock(spec(784, [512, 512, 512, 10]))).toMatch(/^This network would have 1\.2 million/);
    expect(addLayerBlock(spec(2, [4, 2, 1]))).toBeNull();
    expect(resizeBlock(spec(784, [512, 512, 512, 10]), 1, 1024)).toMatch(/would have 1.46 million/);
    expect(resizeBlock(spec(784, [512, 512, 512, 10]), 1, 520)).toBeNull();
    expect(resizeBlock(spec(784, [512, 512, 512, 10]), 1, 600)).toMatch(/would have 1.02 million/);
  });
});
