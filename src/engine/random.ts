// Seeded, reproducible randomness. Every random choice in the engine flows from one of these,
// so the same seed gives the same weights, data and shuffles bit for bit on every machine.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal (Box-Muller). */
  normal(mean?: number, std?: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Where the stream is, as plain numbers: restoreRng(state) continues it exactly. */
  state(): RngState;
}

/** sfc32's four 32-bit words, and the second normal of the last Box-Muller pair if unused. */
export interface RngState {
  words: [number, number, number, number];
  spare: number | null;
}

function isWord(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31;
}

/** Is this a state an Rng could have written? */
export function isRngState(v: unknown): v is RngState {
  if (typeof v !== 'object' || v === null) return false;
  const { words, spare } = v as Record<string, unknown>;
  return (
    Array.isArray(words) && words.length === 4 && words.every(isWord) && (spare === null || (typeof spare === 'number' && Number.isFinite(spare))) && Object.keys(v).length === 2
  );
}

/** sfc32 seeded through splitmix32: small, fast, and passes PractRand to 2^40 or so. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  const rng = sfc32([split(), split(), split(), split()], NaN);
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}

/** An Rng that continues from a state written by rng.state(). */
export function restoreRng(state: RngState): Rng {
  return sfc32([...state.words], state.spare ?? NaN);
}

function sfc32([a, b, c, d]: number[], spare: number): Rng {
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal(mean = 0, std = 1) {
      if (!Number.isNaN(spare)) {
        const v = spare;
        spare = NaN;
        return mean + std * v;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + std * r * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    state: () => ({ words: [a | 0, b | 0, c | 0, d | 0], spare: Number.isNaN(spare) ? null : spare }),
  };
}

/** Fisher-Yates shuffle of an index array, in place. */
export function shuffleInPlace(index: Uint32Array | number[], rng: Rng): void {
  for (let i = index.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = index[i];
    index[i] = index[j];
    index[j] = t;
  }
}
