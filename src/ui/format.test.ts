import { describe, expect, it } from 'vitest';
import { formatFactor, formatLoss, formatNumber, formatRate, formatShort, formatValue, MINUS } from './format.ts';

describe('one number format for the whole page', () => {
  it('writes a true minus sign, in numbers and in exponents, everywhere', () => {
    expect(formatLoss(-0.5)).toBe(`${MINUS}0.5000`);
    expect(formatLoss(-0.00001)).toBe(`${MINUS}1.00e${MINUS}5`);
    expect(formatLoss(-Infinity)).toBe(`${MINUS}∞`);
    expect(formatRate(0.00001)).toBe(`1e${MINUS}5`);
    expect(formatValue(-3.5)).toBe(`${MINUS}3.5000`);
    expect(formatShort(-12.34)).toBe(`${MINUS}12.3`);
    expect(formatNumber(-12, 4)).toBe(`${MINUS}12`);
    expect(formatFactor(-1, 2)).toBe(`(${MINUS}1)`);
    for (const text of [formatLoss(-2), formatRate(-0.5), formatValue(-1), formatShort(-1), formatNumber(-1, 2)]) expect(text).not.toContain('-');
  });

  it('never writes a negative zero', () => {
    expect(formatValue(-0.00001)).toBe('0.0000');
    expect(formatShort(-0.001)).toBe('0.00');
    expect(formatNumber(-0.00001, 2)).toBe(`${MINUS}1e${MINUS}5`);
    expect(formatLoss(-0)).toBe('0.0000');
  });

  it('keeps each view its precision', () => {
    expect(formatLoss(Math.LN2)).toBe('0.6931');
    expect(formatLoss(12.345)).toBe('12.35');
    expect(formatLoss(123456)).toBe('1.23e5');
    expect(formatRate(0.03)).toBe('0.03');
    expect(formatValue(2e6)).toBe('2.000e+6');
    expect(formatNumber(4.126, 4)).toBe('4.126');
  });
});
