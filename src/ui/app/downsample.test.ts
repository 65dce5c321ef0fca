import { describe, expect, it } from 'vitest';
import { downsampleIndices } from './downsample.ts';

describe('downsampleIndices', () => {
  it('keeps short series whole', () => {
    expect(downsampleIndices(4, 600)).toEqual([0, 1, 2, 3]);
    expect(downsampleIndices(0, 600)).toEqual([]);
  });

  it('thins long series evenly, keeping both ends, in increasing order', () => {
    const picked = downsampleIndices(10_001, 600);
    expect(picked).toHaveLength(600);
    expect(picked[0]).toBe(0);
    expect(picked.at(-1)).toBe(10_000);
    for (let i = 1; i < picked.length; i++) expect(picked[i]).toBeGreaterThan(picked[i - 1]);
  });
});
