// Checks on values a learner (or a file they opened) hands to the engine. Each refusal is an
// EngineError that names where the value sits and says, in plain words, what it is instead.
import { EngineError } from './types.ts';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value is, in a learner's words: `the text "1"`, `NaN`, `a list`, `missing`. */
export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return `${v} (a yes/no value)`;
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** A finite number, or an EngineError saying what it is instead. */
export function finite(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new EngineError(`is ${describe(v)}, not a finite number`, path);
  return v;
}

/**
 * Checks that the first `length` values are finite numbers. The path is built only for a bad one:
 * a string per value made checking a large model's weights the page's slowest step.
 */
export function allFinite(v: ArrayLike<unknown>, length: number, pathOf: (i: number) => string): void {
  for (let i = 0; i < length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) finite(x, pathOf(i));
  }
}

/** A whole number in [min, max]. */
export function wholeNumber(v: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new EngineError(`must be a whole number ${range}, got ${describe(v)}`, path);
  }
  return v;
}

export function boolean(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new EngineError(`must be true or false, got ${describe(v)}`, path);
  return v;
}

/** Refuses keys outside `allowed`, so a misspelt option is never silently ignored. */
export function knownKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new EngineError(`unknown field ${JSON.stringify(key)}; the fields are ${allowed.join(', ')}`, path ? `${path}.${key}` : key);
    }
  }
}

/** A list of exactly `length` values, holes refused (a hole would silently read as 0). */
export function list(v: unknown, length: number, path: string, what = 'values'): unknown[] {
  if (!Array.isArray(v)) throw new EngineError(`must be a list of ${length} ${what}, got ${describe(v)}`, path);
  if (v.length !== length) throw new EngineError(`has ${v.length} ${what}, expected ${length}`, path);
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) throw new EngineError('is an empty slot in the list (two commas in a row?), not a value', `${path}[${i}]`);
  }
  return v;
}

/** Why `list[i]` is not a finite number: a hole (which would silently read as 0) or what it is. */
function notFinite(list: unknown[], i: number, path: string): EngineError {
  if (!(i in list)) return new EngineError('is an empty slot in the list (two commas in a row?), not a number', path);
  return new EngineError(`is ${describe(list[i])}, not a finite number`, path);
}

/** Rows of `width` finite numbers into one flat row-major array. The checks stay out of the way of valid data. */
export function toArray2D(rows: unknown, width: number, path: string): Float64Array {
  if (!Array.isArray(rows)) throw new EngineError(`must be a list of rows, got ${describe(rows)}`, path);
  const out = new Float64Array(rows.length * width);
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== width) {
      if (!(r in rows)) throw new EngineError('is an empty slot in the list of rows, not a row', `${path}[${r}]`);
      throw new EngineError(`row has ${Array.isArray(row) ? `${row.length} values` : `no values (it is ${describe(row)})`}, expected ${width}`, `${path}[${r}]`);
    }
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (typeof v !== 'number' || !Number.isFinite(v)) throw notFinite(row, c, `${path}[${r}][${c}]`);
      out[r * width + c] = v;
    }
  }
  return out;
}

export function toArray1D(values: unknown, length: number, path: string): Float64Array {
  const v = list(values, length, path);
  const out = new Float64Array(length);
  allFinite(v, length, (i) => `${path}[${i}]`);
  for (let i = 0; i < length; i++) out[i] = v[i] as number;
  return out;
}
