// npm run bench [-- --only W1,W3] [--json FILE]
// Times each workload on the engine (float64 and float32) and on TensorFlow.js' CPU backend,
// one child process per cell, and prints a table of throughputs with the engine's speed-up.

import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { BenchRecord } from './cell.ts';
import { SYSTEMS, WORKLOADS, WORKLOAD_NAMES, type SystemName, type WorkloadName } from './workloads.ts';

const USAGE = 'usage: npm run bench [-- --only W1,W2,W3,GRID] [--json FILE]';

function parseArgs(argv: string[]): { only: WorkloadName[]; json?: string } {
  let only: WorkloadName[] = [...WORKLOAD_NAMES];
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--json' && value) {
      json = value;
      i++;
    } else if (argv[i] === '--only' && value) {
      const names = value.split(',').map((s) => s.trim().toUpperCase());
      const unknown = names.filter((s) => !(WORKLOAD_NAMES as readonly string[]).includes(s));
      if (unknown.length) throw new Error(`unknown workload ${unknown.join(', ')}\n${USAGE}`);
      only = WORKLOAD_NAMES.filter((n) => names.includes(n));
      i++;
    } else {
      throw new Error(`unexpected argument ${argv[i]}\n${USAGE}`);
    }
  }
  return { only, json };
}

/** Runs one cell in a fresh process (inheriting tsx's loader through execArgv). */
function runCell(system: SystemName, workload: WorkloadName): Promise<BenchRecord> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./cell.ts', import.meta.url)), [system, workload]);
    let record: BenchRecord | undefined;
    child.on('message', (m) => (record = m as BenchRecord));
    child.on('error', reject);
    child.on('exit', (code) => (record ? resolve(record) : reject(new Error(`${system} ${workload} exited with code ${code}`))));
  });
}

function formatValue(r: BenchRecord | undefined): string {
  if (!r) return 'failed';
  if (r.ms !== undefined) return `${r.ms.toPrecision(3)} ms`;
  const v = r.samplesPerSec!;
  return v >= 1e6 ? `${(v / 1e6).toPrecision(3)} M/s` : `${(v / 1e3).toPrecision(3)} k/s`;
}

/** How many times faster than tfjs: a throughput ratio, or a time ratio for GRID. */
function speedup(engine: BenchRecord | undefined, tfjs: BenchRecord | undefined): string {
  if (!engine || !tfjs) return '';
  const x = engine.ms !== undefined ? tfjs.ms! / engine.ms : engine.samplesPerSec! / tfjs.samplesPerSec!;
  return `×${x >= 10 ? x.toFixed(0) : x.toFixed(1)}`;
}

const COLUMNS = [48, 12, 12, 12, 10, 10];
const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]) : c.padStart(COLUMNS[i]))).join(' ');

async function main(): Promise<void> {
  const { only, json } = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  const load = os.loadavg()[0].toFixed(2);
  console.log(`node ${process.version} · ${cpus[0]?.model.trim() ?? 'unknown CPU'} · ${cpus.length} cores · ${os.platform()} ${os.arch()} · load ${load}`);
  console.log(row(['workload', 'engine f64', 'engine f32', 'tfjs-cpu', 'f64/tfjs', 'f32/tfjs']));
  const records: BenchRecord[] = [];
  let failed = false;
  for (const name of only) {
    const got = new Map<SystemName, BenchRecord>();
    for (const system of SYSTEMS) {
      try {
        const r = await runCell(system, name);
        got.set(system, r);
        records.push(r);
      } catch (e) {
        failed = true;
        console.error((e as Error).message);
      }
    }
    const [f64, f32, tfjs] = SYSTEMS.map((s) => got.get(s));
    const label = `${name.padEnd(5)} ${WORKLOADS[name].label}`;
    console.log(row([label, formatValue(f64), formatValue(f32), formatValue(tfjs), speedup(f64, tfjs), speedup(f32, tfjs)]));
  }
  console.log('samples per second (median of 7 timed runs after warm-up); GRID: ms per evaluation of every neuron');
  console.log(`load ${os.loadavg()[0].toFixed(2)} at the end (a busy machine skews every number)`);
  if (json) writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exitCode = 1;
});
