import { describe, expect, it } from 'vitest';
import { RANGES } from '../setup/limits.ts';
import { readTypedNumber, type NumberRule } from './numberDraft.ts';

const rate: NumberRule = { ...RANGES.learningRate, range: 'a learning rate goes from 0.00001 to 10' };
const seed: NumberRule = { ...RANGES.seed, integer: true, range: 'a seed goes from 0 to 2,147,483,647' };
const neurons: NumberRule = { min: 1, max: 256, integer: true, range: 'a layer here has 1 to 256 neurons', refuse: (v) => (v > 200 ? 'Past the parameter cap.' : null) };

describe('readTypedNumber: a finished draft is used as typed, or refused saying why', () => {
  it('takes complete values in range, with spaces, exponents and fractions', () => {
    expect(readTypedNumber('0.05', rate)).toEqual({ ok: true, value: 0.05 });
    expect(readTypedNumber('1e-3', rate)).toEqual({ ok: true, value: 0.001 });
    expect(readTypedNumber('1/100', rate)).toEqual({ ok: true, value: 0.01 });
    expect(readTypedNumber('  42 ', seed)).toEqual({ ok: true, value: 42 });
    expect(readTypedNumber('200', neurons)).toEqual({ ok: true, value: 200 });
  });

  it('refuses a value out of range, quoting what was typed rather than a clamped or rounded one', () => {
    expect(readTypedNumber('1e9', rate)).toEqual({ ok: false, message: '1e9 is out of range: a learning rate goes from 0.00001 to 10.' });
    expect(readTypedNumber('12', rate)).toEqual({ ok: false, message: '12 is out of range: a learning rate goes from 0.00001 to 10.' });
    expect(readTypedNumber('0', rate).ok).toBe(false);
    expect(readTypedNumber('99999999999', seed)).toEqual({ ok: false, message: '99999999999 is out of range: a seed goes from 0 to 2,147,483,647.' });
    expect(readTypedNumber('1e99', seed).ok).toBe(false);
    expect(readTypedNumber('-5', seed).ok).toBe(false);
  });

  it('refuses a fraction where a whole number is needed, instead of rounding it', () => {
    expect(readTypedNumber('3.7', seed)).toEqual({ ok: false, message: '3.7 is not a whole number: a seed goes from 0 to 2,147,483,647.' });
    expect(readTypedNumber('2.5', neurons)).toEqual({ ok: false, message: '2.5 is not a whole number: a layer here has 1 to 256 neurons.' });
  });

  it('refuses text that is not a number, and a value its rule refuses for another reason', () => {
    expect(readTypedNumber('abc', seed)).toEqual({ ok: false, message: '"abc" is not a number: a seed goes from 0 to 2,147,483,647.' });
    expect(readTypedNumber('0.0.1', rate).ok).toBe(false);
    expect(readTypedNumber('1e', rate).ok).toBe(false);
    expect(readTypedNumber('250', neurons)).toEqual({ ok: false, message: 'Past the parameter cap.' });
  });

  it('cuts a pasted essay short in its message', () => {
    const read = readTypedNumber('x'.repeat(500), seed);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.length).toBeLessThan(120);
  });
});
