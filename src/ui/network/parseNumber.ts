// Reads a number a learner typed into a weight or bias editor.
// Accepts what people naturally write: 0.5, -2, +3, .25, 1e-3, 1/2, -3/4, with spaces around,
// and the typographic minus sign (−) that text copied from a page often carries.

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

export const NUMBER_HINT = 'Type a number such as 0.5, -2 or 1/3';

// One decimal number: optional sign, digits with an optional fraction part (or just ".5"), optional exponent.
const DECIMAL = String.raw`[+-]?\s*(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_RE = new RegExp(`^(${DECIMAL})$`);
const FRACTION_RE = new RegExp(String.raw`^(${DECIMAL})\s*/\s*(${DECIMAL})$`);

function toNumber(text: string): number {
  return Number(text.replace(/\s+/g, ''));
}

function fail(message: string): ParseResult {
  return { ok: false, message };
}

function finish(value: number): ParseResult {
  if (Number.isNaN(value)) return fail(NUMBER_HINT);
  if (!Number.isFinite(value)) return fail(`That number is too large. ${NUMBER_HINT}`);
  // -0 would print as "-0"; it means the same as 0.
  return { ok: true, value: value === 0 ? 0 : value };
}

export function parseNumber(input: string): ParseResult {
  const text = input.replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-').trim();
  if (text === '') return fail(NUMBER_HINT);

  const whole = NUMBER_RE.exec(text);
  if (whole) return finish(toNumber(whole[1]));

  const fraction = FRACTION_RE.exec(text);
  if (fraction) {
    const numerator = toNumber(fraction[1]);
    const denominator = toNumber(fraction[2]);
    if (denominator === 0) return fail(`Can't divide by zero. ${NUMBER_HINT}`);
    return finish(numerator / denominator);
  }

  // A decimal comma (0,5) is how much of the world writes decimals: say what to type instead.
  if (/^[+-]?\s*\d*,\d+$/.test(text)) return fail(`Use a point for decimals: ${text.replace(',', '.')}`);
  return fail(NUMBER_HINT);
}
