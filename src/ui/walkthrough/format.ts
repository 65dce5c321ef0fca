// How the walkthrough prints a number: rounded to the chosen number of decimals, trailing zeros
// dropped (5, not 5.0000; 4.126, not 4.1260), a true minus sign, and no "−0". A value too small
// to show at that precision is written in e-notation rather than as a misleading 0.

const MINUS = '\u2212';

export function formatNumber(value: number, decimals: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const size = Math.abs(value);
  let text: string;
  if (size !== 0 && (size >= 1e9 || size < 0.5 * 10 ** -decimals)) {
    // e.g. 1.234e-7: as many significant digits as the chosen decimals allow.
    const [mantissa, exponent] = value.toExponential(Math.max(1, decimals - 1)).split('e');
    text = `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
  } else {
    text = trimZeros(value.toFixed(decimals));
  }
  if (/^-0(\.0*)?$/.test(text)) text = '0';
  return text.replace(/-/g, MINUS);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
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
