// One benchmark cell (a system running a workload) in a process of its own, so V8 never sees
// both engine dtypes in one hot function. Sends a BenchRecord to the parent over IPC.

import { medianRate } from './measure.ts';
import { WORKLOADS, type SystemName, type WorkloadName } from './workloads.ts';

export interface BenchRecord {
  system: SystemName;
  workload: WorkloadName;
  samplesPerSec?: number;
  ms?: number;
}

if (!process.send) throw new Error('bench/cell.ts runs under bench/index.ts (npm run bench)');
const [system, name] = process.argv.slice(2) as [SystemName, WorkloadName];
const w = WORKLOADS[name];
const step =
  system === 'tfjs-cpu' ? await (await import('./tfjsRunner.ts')).tfjsStep(w) : (await import('./engineRunner.ts')).engineStep(w, system === 'engine-f32' ? 'float32' : 'float64');
const rate = medianRate(step);
const record: BenchRecord = w.kind === 'grid' ? { system, workload: name, ms: (1000 * w.n) / rate } : { system, workload: name, samplesPerSec: rate };
process.send(record);
