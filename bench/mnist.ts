// tsx bench/mnist.ts [--epochs N]
// The digits: how big the asset is (raw, and gzip'd as the site serves it), and how long an epoch of the
// Digits setup takes in a worker thread (784 -> 128 relu -> 10 softmax, Adam 0.001, batches of 32, on the
// 8,000 training digits the page prepares, with the test pass over the other 2,000 that every epoch ends with).

import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildMnist } from '../scripts/vite-plugin-datasets.ts';
import { decodeMnist } from '../src/engine/datasets/mnist.ts';
import { createModel, createTrainer } from '../src/engine/index.ts';
import { defaultConfigFor } from '../src/setup/defaults.ts';
import { prepareSource } from '../src/tables/prepare.ts';
import { modelSpecOf } from '../src/setup/rules.ts';
import { shapeOfTable } from '../src/setup/shape.ts';

interface EpochRecord {
  epoch: number;
  ms: number;
  loss: number;
  accuracy: number;
  val_loss: number;
  val_accuracy: number;
}

interface WorkerResult {
  trainCount: number;
  testCount: number;
  spec: string;
  epochs: EpochRecord[];
}

const DIST_ASSET = fileURLToPath(new URL('../dist/datasets/mnist.bin', import.meta.url));

/** Trains the Digits setup exactly as the worker would, timing each epoch. Runs inside a worker thread. */
async function train(epochs: number): Promise<WorkerResult> {
  const config = defaultConfigFor('digits');
  const images = decodeMnist(await buildMnist());
  const prepared = prepareSource('digits', { kind: 'digits', images }, config.validationSplit, config.seed, 1);
  if (!prepared.ok) throw new Error(prepared.error.message);
  const { data } = prepared;
  const spec = modelSpecOf(config, shapeOfTable(data));
  const model = createModel(spec, { seed: config.seed, initializer: config.initializer }).compile({
    optimizer: config.optimizer,
    learningRate: config.learningRate,
    loss: config.loss,
    metrics: ['accuracy'],
  });
  const trainer = createTrainer(model, data.train, { batchSize: config.batchSize, seed: config.seed, validation: data.validation });
  const records: EpochRecord[] = [];
  for (let e = 0; e < epochs; e++) {
    const start = performance.now();
    trainer.step('epoch');
    const ms = performance.now() - start;
    const log = trainer.history.at(-1)!;
    records.push({ epoch: log.epoch, ms, loss: log.loss, accuracy: log.accuracy, val_loss: log.val_loss, val_accuracy: log.val_accuracy });
  }
  return {
    trainCount: data.train.n,
    testCount: data.validation?.n ?? 0,
    spec: `${spec.inputs} -> ${spec.layers.map((l) => `${l.units} ${l.activation}`).join(' -> ')}`,
    epochs: records,
  };
}


function parseEpochs(argv: string[]): number {
  const i = argv.indexOf('--epochs');
  if (i < 0) return 5;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 2) throw new Error('usage: tsx bench/mnist.ts [--epochs N]   (N >= 2)');
  return n;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main(): Promise<void> {
  const epochs = parseEpochs(process.argv.slice(2));
  const cpus = os.cpus();
  console.log(`node ${process.version} · ${cpus[0]?.model.trim() ?? 'unknown CPU'} · ${cpus.length} cores · load ${os.loadavg()[0].toFixed(2)}`);

  // The asset: what the build wrote, or the same bytes made here when there is no build.
  let served: Uint8Array;
  let from: string;
  if (existsSync(DIST_ASSET)) {
    served = readFileSync(DIST_ASSET);
    from = 'dist/datasets/mnist.bin';
  } else {
    served = gzipSync(await buildMnist());
    from = 'built here with buildMnist (no dist/ yet)';
  }
  const raw = gunzipSync(served);
  const decoded = decodeMnist(raw);
  console.log(`digits asset (${from}): ${decoded.count.toLocaleString('en')} images of ${decoded.rows}x${decoded.cols}`);
  console.log(`  raw ${mb(raw.length)} (${raw.length.toLocaleString('en')} bytes) · served gzip'd ${mb(served.length)} (${served.length.toLocaleString('en')} bytes, ${((served.length / raw.length) * 100).toFixed(1)}%)`);

  const result = await new Promise<WorkerResult>((resolve, reject) => {
    // Worker threads do not inherit tsx's loader: a small JavaScript entry registers it, then loads this file.
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const entry = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(import.meta.url)});`;
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(entry)}`), { workerData: { epochs } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the worker exited with code ${code}`)));
  });

  console.log(`\nDigits setup in a worker thread: ${result.spec}, Adam 0.001, batch 32`);
  console.log(`  ${result.trainCount.toLocaleString('en')} training digits, ${result.testCount.toLocaleString('en')} test digits evaluated at the end of each epoch`);
  for (const r of result.epochs) {
    console.log(
      `  epoch ${String(r.epoch).padStart(2)}: ${(r.ms / 1000).toFixed(2)} s · loss ${r.loss.toFixed(4)} · accuracy ${(r.accuracy * 100).toFixed(2)}% · test loss ${r.val_loss.toFixed(4)} · test accuracy ${(r.val_accuracy * 100).toFixed(2)}%`,
    );
  }
  // The first epoch includes the JIT warming up; the median is over the rest.
  const steady = median(result.epochs.slice(1).map((r) => r.ms));
  console.log(`  median epoch after the first: ${(steady / 1000).toFixed(2)} s · ${Math.round((result.trainCount * 1000) / steady).toLocaleString('en')} training samples/s (epoch time includes the test pass)`);
}

// One file, two roles: the main thread reports, the worker thread trains.
if (!isMainThread) {
  train(workerData.epochs as number).then(
    (result) => parentPort!.postMessage(result),
    (e: Error) => {
      throw e;
    },
  );
} else {
  await main();
}
