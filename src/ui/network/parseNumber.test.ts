import { describe, expect, it } from 'vitest';
import { NUMBER_HINT, parseNumber } from './parseNumber.ts';

function value(text: string): number {
  const r = parseNumber(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.message}`);
  return r.value;
}

function message(text: string): string {
  const r = parseNumber(text);
  if (r.ok) throw new Error(`expected "${text}" to be refused, got ${r.value}`);
  return r.message;
}

describe('parseNumber', () => {
  it('reads integers and decimals', () => {
    expect(value('2')).toBe(2);
    expect(value('0.5')).toBe(0.5);
    expect(value('.25')).toBe(0.25);
    expect(value('3.')).toBe(3);
    expect(value('0.4213')).toBe(0.4213);
    expect(value('1e-3')).toBe(0.001);
    expect(value('2.5E2')).toBe(250);
  });

  it('reads signs, including a leading + and the typographic minus', () => {
    expect(value('-2')).toBe(-2);
    expect(value('+3')).toBe(3);
    expect(value('-0.75')).toBe(-0.75);
    expect(value('−1.5')).toBe(-1.5);
    expect(value('- 2')).toBe(-2);
  });

  it('reads fractions', () => {
    expect(value('1/2')).toBe(0.5);
    expect(value('-3/4')).toBe(-0.75);
    expect(value('3/-4')).toBe(-0.75);
    expect(value(' 1 / 3 ')).toBeCloseTo(1 / 3, 15);
    expect(value('0.5/2')).toBe(0.25);
    expect(value('+1/4')).toBe(0.25);
  });

  it('ignores whitespace around the number', () => {
    expect(value('  7 ')).toBe(7);
    expect(value('\t-1\n')).toBe(-1);
  });

  it('turns -0 into 0', () => {
    expect(Object.is(value('-0'), 0)).toBe(true);
    expect(Object.is(value('-0/5'), 0)).toBe(true);
  });

  it('refuses empty and non-numeric text with a hint a learner understands', () => {
    for (const text of ['', '   ', 'abc', '1.2.3', '--1', '1/', '/2', '1/2/3', '0x10', '1 2', 'e5', '1e', '.', '-', 'NaN']) {
      expect(message(text)).toContain(NUMBER_HINT);
    }
    expect(NUMBER_HINT).toBe('Type a number such as 0.5, -2 or 1/3');
  });

  it('refuses infinities', () => {
    expect(message('Infinity')).toContain(NUMBER_HINT);
    expect(message('-Infinity')).toContain(NUMBER_HINT);
    expect(message('1e400')).toMatch(/too large/);
    expect(message('1e300/1e-300')).toMatch(/too large/);
  });

  it('refuses division by zero', () => {
    expect(message('1/0')).toMatch(/divide by zero/);
    expect(message('0/0')).toMatch(/divide by zero/);
  });

  it('explains the decimal comma', () => {
    expect(message('0,5')).toBe('Use a point for decimals: 0.5');
  });

  it('only ever returns finite numbers', () => {
    for (const text of ['1', '-1e308', '1e308', '9/3', '1e-320']) {
      const r = parseNumber(text);
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
    }
  });
});
