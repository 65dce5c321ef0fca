// Timing: warm up until the JIT has settled, size each timed run to about RUN_MS, and report the
// median rate over an odd number of runs.

const WARMUP_MS = 1500;
const RUN_MS = 400;
const RUNS = 7;

/** `step` does one unit of work and returns how many samples it processed. Returns the median samples per second. */
export function medianRate(step: () => number): number {
  // Warm up, timing only the second half (the first half includes compilation).
  const warmEnd = performance.now() + WARMUP_MS;
  const half = performance.now() + WARMUP_MS / 2;
  while (performance.now() < half) step();
  let steps = 0;
  const t0 = performance.now();
  do {
    step();
    steps++;
  } while (performance.now() < warmEnd || steps < 2);
  const stepMs = (performance.now() - t0) / steps;
  const stepsPerRun = Math.max(1, Math.round(RUN_MS / stepMs));

  const rates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let samples = 0;
    const start = performance.now();
    for (let s = 0; s < stepsPerRun; s++) samples += step();
    rates.push((samples * 1000) / (performance.now() - start));
  }
  rates.sort((a, b) => a - b);
  return rates[RUNS >> 1];
}
