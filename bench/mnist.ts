// npm run bench:mnist [-- --epochs N] [--json FILE] [--only 512|128|quick]
// The digits, as a learner meets them:
//  1. the assets as the site serves them (gzip'd sizes) and how long they take from a local static server;
//  2. the quick Digits card (10,000 digits, 784 -> 128 relu -> 10, batches of 32) trained by the worker's
//     own runner: it must reach 95% on its held-out digits within 12 epochs;
//  3. the Keras tutorial's networks on all of MNIST with its official split, in a worker thread:
//     784 -> 512 relu -> 10 softmax and 784 -> 128 relu -> 10 softmax, Adam 0.001, batches of 128, seed 1,
//     trained on the 60,000 training images, the test accuracy on the 10,000 test images after every epoch.
// Seed 1 is the playground's default seed, chosen before any run; it is not tuned to reach the marks.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildMnist, DIGITS_ASSETS } from '../scripts/vite-plugin-datasets.ts';
import { readMnistSplit } from '../scripts/mnistIdx.ts';
import { decodeMnist } from '../src/engine/datasets/mnist.ts';
import { createModel, createTrainer, type EpochLog } from '../src/engine/index.ts';
import { defaultConfigFor } from '../src/setup/defaults.ts';
import { modelSpecOf } from '../src/setup/rules.ts';
import { digitsDataset } from '../src/tables/digits.ts';
import { prepareSource } from '../src/tables/prepare.ts';
import type { FrameMessage, WorkerMessage } from '../src/worker/protocol.ts';
import { PlaygroundRunner } from '../src/worker/runner.ts';

const NETWORKS = [
  { id: '512', units: 512, mark: 0.98 },
  { id: '128', units: 128, mark: 0.975 },
] as const;

interface EpochRecord {
  epoch: number;
  seconds: number;
  samplesPerSecond: number;
  loss: number;
  accuracy: number;
  testAccuracy: number;
}

interface NetworkRecord {
  network: string;
  trainImages: number;
  testImages: number;
  epochs: number;
  /** The best epoch's test accuracy, 0..1. */
  testAccuracy: number;
  bestEpoch: number;
  secondsPerEpoch: number;
  perEpoch: EpochRecord[];
}

type FromWorker = { type: 'epoch'; network: string; record: EpochRecord } | { type: 'done'; record: NetworkRecord };

/** Trains one tutorial network on all 60,000 training images. Runs inside a worker thread. */
async function trainFull(units: number, epochs: number): Promise<void> {
  const [trainImages, testImages] = await Promise.all([readMnistSplit('train'), readMnistSplit('test')]);
  const train = digitsDataset(trainImages);
  const test = digitsDataset(testImages);
  const config = { ...defaultConfigFor('mnist'), hidden: [{ units, activation: 'relu' as const }], batchSize: 128, learningRate: 0.001, optimizer: 'adam' as const };
  const spec = modelSpecOf(config, { inputs: 784, task: 'multiclass', classes: 10 });
  const network = `${spec.inputs} -> ${spec.layers.map((l) => `${l.units} ${l.activation}`).join(' -> ')}`;
  const model = createModel(spec, { seed: config.seed, initializer: config.initializer }).compile({
    optimizer: config.optimizer,
    learningRate: config.learningRate,
    loss: config.loss,
    metrics: ['accuracy'],
  });
  const trainer = createTrainer(model, train, { batchSize: config.batchSize, seed: config.seed });
  const perEpoch: EpochRecord[] = [];
  for (let e = 0; e < epochs; e++) {
    const start = performance.now();
    trainer.step('epoch');
    const seconds = (performance.now() - start) / 1000;
    const log = trainer.history.at(-1) as EpochLog;
    const testAccuracy = model.evaluateBatch(test.x, test.y, test.n).accuracy;
    const record = { epoch: log.epoch, seconds, samplesPerSecond: train.n / seconds, loss: log.loss, accuracy: log.accuracy, testAccuracy };
    perEpoch.push(record);
    parentPort!.postMessage({ type: 'epoch', network, record } satisfies FromWorker);
  }
  const best = perEpoch.reduce((a, b) => (b.testAccuracy > a.testAccuracy ? b : a));
  const timed = perEpoch.length > 1 ? perEpoch.slice(1) : perEpoch;
  parentPort!.postMessage({
    type: 'done',
    record: {
      network,
      trainImages: train.n,
      testImages: test.n,
      epochs,
      testAccuracy: best.testAccuracy,
      bestEpoch: best.epoch,
      secondsPerEpoch: median(timed.map((r) => r.seconds)),
      perEpoch,
    },
  } satisfies FromWorker);
}

function runInWorker(units: number, epochs: number): Promise<NetworkRecord> {
  return new Promise((resolve, reject) => {
    // Worker threads do not inherit tsx's loader: a small JavaScript entry registers it, then loads this file.
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(import.meta.url)});`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(entry)}`), { workerData: { units, epochs } });
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'done') return resolve(m.record);
      const r = m.record;
      console.log(
        `  ${m.network} · epoch ${String(r.epoch).padStart(2)}: ${r.seconds.toFixed(1)} s (${Math.round(r.samplesPerSecond).toLocaleString('en')} samples/s) · loss ${r.loss.toFixed(4)} · accuracy ${pct(r.accuracy)} · test accuracy ${pct(r.testAccuracy)}`,
      );
    });
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the worker exited with code ${code}`)));
  });
}

/** The quick Digits card, trained by the worker's runner exactly as the page would drive it. */
async function quickDigits(): Promise<boolean> {
  const images = decodeMnist(await buildMnist());
  const config = defaultConfigFor('digits');
  const prepared = prepareSource('digits', { kind: 'digits', images }, config, 1);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const sent: WorkerMessage[] = [];
  const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => performance.now() });
  runner.handle({ type: 'configure', runId: 1, config });
  runner.handle({ type: 'tableData', data: prepared.data });
  const log: EpochLog[] = [];
  console.log(
    `\nQuick Digits card: ${prepared.table.trainCount.toLocaleString('en')} training, ${prepared.table.validationCount.toLocaleString('en')} held-out digits, 784 -> 128 relu -> 10, Adam 0.001, batch 32`,
  );
  for (let epoch = 1; epoch <= 12 && !((log.at(-1)?.val_accuracy ?? 0) >= 0.95); epoch++) {
    const start = performance.now();
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    const frame = sent.filter((m): m is FrameMessage => m.type === 'frame').at(-1)!;
    log.push(...frame.history);
    const r = log.at(-1)!;
    console.log(
      `  epoch ${String(r.epoch).padStart(2)}: ${((performance.now() - start) / 1000).toFixed(1)} s · loss ${r.loss.toFixed(4)} · held-out accuracy ${pct(r.val_accuracy)}`,
    );
  }
  const ok = (log.at(-1)?.val_accuracy ?? 0) >= 0.95;
  console.log(`  ${ok ? 'PASS' : 'FAIL'}: 95% on the held-out digits within 12 epochs`);
  return ok;
}

async function assets(): Promise<void> {
  const dist = fileURLToPath(new URL('../dist/datasets/', import.meta.url));
  const built = existsSync(`${dist}${DIGITS_ASSETS[0]}`);
  console.log(`\nDigits assets as served (gzip'd by the build; ${built ? 'from dist/datasets/' : 'no dist/ yet, gzip sizes computed here'}):`);
  for (const file of DIGITS_ASSETS) {
    const size = built ? readFileSync(`${dist}${file}`).length : await gzippedSize(file);
    console.log(`  ${file.padEnd(16)} ${mb(size)} (${size.toLocaleString('en')} bytes)`);
  }
  if (!built) {
    console.log('  (run `npm run build` first to time the downloads from a local static server)');
    return;
  }
  const port = await freePort();
  const server = spawn(process.execPath, [fileURLToPath(new URL('../scripts/serve-static.mjs', import.meta.url))], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  try {
    for (const file of DIGITS_ASSETS) {
      const start = performance.now();
      const bytes = (await (await fetch(`http://127.0.0.1:${port}/layerlab/datasets/${file}`)).arrayBuffer()).byteLength;
      console.log(`  ${file.padEnd(16)} loaded from a local static server in ${Math.round(performance.now() - start)} ms (${mb(bytes)})`);
    }
  } finally {
    server.kill();
  }
}

async function gzippedSize(file: string): Promise<number> {
  if (file === 'mnist.bin') return gzipSync(await buildMnist()).length;
  const { encodeMnist } = await import('../src/engine/datasets/mnist.ts');
  return gzipSync(encodeMnist(await readMnistSplit(file === 'mnist-train.bin' ? 'train' : 'test'))).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function arg(argv: string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i < 0 ? null : (argv[i + 1] ?? null);
}

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const epochs = Number(arg(argv, '--epochs') ?? 10);
  if (!Number.isInteger(epochs) || epochs < 1) throw new Error('usage: tsx bench/mnist.ts [--epochs N] [--json FILE] [--only 512|128|quick]');
  const json = arg(argv, '--json');
  const only = arg(argv, '--only');
  const cpus = os.cpus();
  console.log(`node ${process.version} · ${cpus[0]?.model.trim() ?? 'unknown CPU'} · ${cpus.length} cores · load ${os.loadavg()[0].toFixed(2)}`);
  await assets();
  let ok = only === null || only === 'quick' ? await quickDigits() : true;
  const records: NetworkRecord[] = [];
  for (const net of NETWORKS) {
    if (only !== null && only !== net.id) continue;
    console.log(`\nAll of MNIST in a worker thread: 784 -> ${net.units} relu -> 10 softmax, Adam 0.001, batch 128, seed 1, ${epochs} epochs`);
    const record = await runInWorker(net.units, epochs);
    records.push(record);
    const pass = record.testAccuracy >= net.mark;
    ok &&= pass;
    console.log(
      `  ${pass ? 'PASS' : 'FAIL'}: best test accuracy ${pct(record.testAccuracy)} (epoch ${record.bestEpoch}; mark ${pct(net.mark)}) · ${record.secondsPerEpoch.toFixed(1)} s per epoch (median${epochs > 1 ? ' after the first' : ''}) on ${record.trainImages.toLocaleString('en')} images`,
    );
  }
  if (json) {
    writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
    console.log(`\nwrote ${json}`);
  }
  if (!ok) process.exitCode = 1;
}

// One file, two roles: the main thread reports, the worker thread trains.
if (!isMainThread) {
  await trainFull(workerData.units as number, workerData.epochs as number);
} else {
  await main();
}
