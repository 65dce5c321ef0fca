// How numbers read on screen: steady widths (they change many times a second) and no false precision.

/** Loss with four significant decimals: 0.6931, 0.0421, 1.234, 12.35; tiny and huge values in e-notation. */
export function formatLoss(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const size = Math.abs(value);
  if (size !== 0 && (size < 0.0001 || size >= 10000)) return value.toExponential(2);
  if (size >= 100) return value.toFixed(1);
  if (size >= 10) return value.toFixed(2);
  if (size >= 1) return value.toFixed(3);
  return value.toFixed(4);
}

/** Accuracy as a percentage with one decimal: 97.5%. NaN (regression) reads as a dash. */
export function formatAccuracy(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(1)}%`;
}

/** A rate as typed by people: 0.03, 0.0001, 3; never 3e-5 unless it is that small. */
export function formatRate(value: number): string {
  if (value !== 0 && Math.abs(value) < 0.0001) return value.toExponential(0);
  return String(Number(value.toPrecision(6)));
}
