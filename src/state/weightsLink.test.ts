import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../engine/datasets/names.ts';
import { MAX_CLASSES } from '../engine/datasets/names.ts';
import { RANGES } from '../setup/limits.ts';
import { decodeWeights, encodeWeights, linkLength } from './weightsLink.ts';
import { MAX_LINK_PARAMS } from './linkCapacity.ts';

describe('weights in a link', () => {
  it('round-trips every float64 bit for bit, typed 0.1 included, with the epoch', () => {
    const params = Float64Array.from([0.1, -0.2, 1 / 3, 5e-324, -1.7976931348623157e308, 0, -0, 2 ** -1074, Math.PI]);
    const back = decodeWeights(encodeWeights({ params, epoch: 1234 }))!;
    expect(back.epoch).toBe(1234);
    expect(back.params).toEqual(params);
    expect(Object.is(back.params[6], -0)).toBe(true);
    expect(back.params[0]).toBe(0.1); // float32 would give 0.10000000149011612
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 300 }), fc.nat(), (values, epoch) => {
        const p = Float64Array.from(values);
        const b = decodeWeights(encodeWeights({ params: p, epoch }))!;
        expect(Array.from(b.params, (v, i) => Object.is(v, p[i]))).not.toContain(false);
        expect(b.epoch).toBe(epoch);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('is base64url, without padding, the length it promises', () => {
    const text = encodeWeights({ params: new Float64Array(17).fill(0.5), epoch: 2 });
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text.length).toBeLessThanOrEqual(linkLength(17));
  });

  it('refuses damaged text: any changed character, a cut, garbage, another version', () => {
    const text = encodeWeights({ params: Float64Array.from({ length: 60 }, (_, i) => Math.sin(i)), epoch: 9 });
    for (let i = 0; i < text.length; i += 7) {
      const c = text[i] === 'A' ? 'B' : 'A';
      expect(decodeWeights(text.slice(0, i) + c + text.slice(i + 1))).toBeNull();
    }
    expect(decodeWeights(text.slice(0, -3))).toBeNull();
    expect(decodeWeights(`${text}AAAA`)).toBeNull();
    for (const bad of ['', '%ZZ', 'A', '====', 'not base64!', 'AQAAAAAAAAAA']) expect(decodeWeights(bad)).toBeNull();
    // Never a throw, whatever the text.
    fc.assert(
      fc.property(fc.string(), (s) => {
        decodeWeights(s);
      }),
      { numRuns: 2000, seed: 4 },
    );
  });

  it('carries every plane network, and refuses more than the limit', () => {
    const units = RANGES.units.max;
    const largestPlane = FEATURES.length * units + units + (RANGES.hiddenLayers.max - 1) * (units * units + units) + units * MAX_CLASSES + MAX_CLASSES;
    expect(largestPlane).toBe(2134);
    expect(largestPlane).toBeLessThanOrEqual(MAX_LINK_PARAMS);
    expect(linkLength(MAX_LINK_PARAMS)).toBeLessThan(27_000);
    expect(() => encodeWeights({ params: new Float64Array(MAX_LINK_PARAMS + 1), epoch: 0 })).toThrow(RangeError);
  });
});
