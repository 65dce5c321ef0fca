// How numbers read on screen, everywhere: steady widths (they change many times a second), no false
// precision, a true minus sign (U+2212, as wide as a digit's plus) and never "−0".

export const MINUS = '\u2212';

/** Hyphen-minus to true minus, in mantissa and exponent alike; "-0", "-0.00" lose their sign. */
function signOf(text: string): string {
  if (/^-0(\.0*)?$/.test(text)) return text.slice(1);
  return text.replace(/-/g, MINUS);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Loss with four significant decimals: 0.6931, 0.0421, 1.234, 12.35; tiny and huge values in e-notation. */
export function formatLoss(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const size = Math.abs(value);
  if (size !== 0 && (size < 0.0001 || size >= 10000)) return signOf(value.toExponential(2).replace('+', ''));
  if (size >= 100) return signOf(value.toFixed(1));
  if (size >= 10) return signOf(value.toFixed(2));
  if (size >= 1) return signOf(value.toFixed(3));
  return signOf(value.toFixed(4));
}

/** Accuracy as a percentage with one decimal: 97.5%. NaN (regression) reads as a dash. */
export function formatAccuracy(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(1)}%`;
}

/** A rate as typed by people: 0.03, 0.0001, 3; never 3e-5 unless it is that small. */
export function formatRate(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.0001) return signOf(value.toExponential(0));
  return signOf(String(Number(value.toPrecision(6))));
}

/** Four decimals, for a weight or an activation read off the graph: 0.1234, −3.5000. */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (Math.abs(value) >= 1e6) return signOf(value.toExponential(3));
  return signOf(value.toFixed(4));
}

/** Fewer decimals, for legends: 0.25, 12.5, 140. */
export function formatShort(value: number): string {
  if (!Number.isFinite(value)) return formatValue(value);
  const a = Math.abs(value);
  return signOf(a >= 100 ? value.toFixed(0) : a >= 10 ? value.toFixed(1) : value.toFixed(2));
}

/**
 * Rounded to `decimals`, trailing zeros dropped (5, not 5.0000; 4.126, not 4.1260). A value too
 * small to show at that precision is written in e-notation rather than as a misleading 0.
 */
export function formatNumber(value: number, decimals: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e9 || size < 0.5 * 10 ** -decimals)) {
    // e.g. 1.234e-7: as many significant digits as the chosen decimals allow.
    const [mantissa, exponent] = value.toExponential(Math.max(1, decimals - 1)).split('e');
    return signOf(`${trimZeros(mantissa)}e${exponent.replace('+', '')}`);
  }
  return signOf(trimZeros(value.toFixed(decimals)));
}

/** A number inside a product: negative values get parentheses, as people write them by hand. */
export function formatFactor(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return text.startsWith(MINUS) ? `(${text})` : text;
}

/** "+ 0.123" or "− 0.123": the sign as an operator, for sums written out term by term. */
export function signed(value: number, decimals: number): { op: '+' | '−'; text: string } {
  const text = formatNumber(value, decimals);
  return text.startsWith(MINUS) ? { op: '−', text: text.slice(1) } : { op: '+', text };
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂" */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)] ?? d)
    .join('');
}
