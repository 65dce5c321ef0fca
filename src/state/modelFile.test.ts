// The saved-session file: a saved and opened run predicts and trains on bit for bit as the
// original, and every kind of bad file is refused with a sentence that says what is wrong.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '../setup/config.ts';
import { dataShapeOf } from '../setup/rules.ts';
import type { FrameMessage, TrainingCheckpoint, WorkerMessage } from '../worker/protocol.ts';
import { PlaygroundRunner } from '../worker/runner.ts';
import { buildModelFile, checkpointOf, modelFileName, modelJSONOf, parseModelFile, type SessionFile } from './modelFile.ts';

const circle: PlaygroundConfig = {
  dataset: 'circle',
  noise: 10,
  validationSplit: 0.3,
  validationRows: 'shuffled',
  samples: 200,
  classes: 3,
  features: ['x1', 'x2'],
  hidden: [
    { units: 4, activation: 'tanh' },
    { units: 2, activation: 'relu' },
  ],
  loss: 'binary_crossentropy',
  optimizer: 'adam',
  learningRate: 0.03,
  momentum: 0,
  batchSize: 10,
  regularization: 'l2',
  regularizationRate: 0.001,
  initializer: 'glorot_uniform',
  seed: 7,
  problem: 'classification',
  epochs: null,
};

/** The worker with a fake host, and the page's part: the checkpoint of the latest (paused) frame. */
function worker() {
  const sent: WorkerMessage[] = [];
  const runner = new PlaygroundRunner({ post: (m) => sent.push(m), schedule: () => {}, now: () => 0 });
  const frames = () => sent.filter((m): m is FrameMessage => m.type === 'frame');
  const lastFrame = () => frames().at(-1)!;
  const send = (cmd: Parameters<PlaygroundRunner['handle']>[0]) => {
    runner.handle(cmd);
    runner.handle({ type: 'ack' });
  };
  const snapshot = (): TrainingCheckpoint => {
    const f = lastFrame();
    return {
      spec: f.spec,
      params: f.params,
      optimizer: f.checkpoint!.optimizer,
      epoch: f.epoch,
      iteration: f.iteration,
      history: [],
      historyStride: f.checkpoint!.historyStride,
      trainer: f.checkpoint!.trainer,
    };
  };
  const errors = () => sent.filter((m) => m.type === 'error' || (m.type === 'restored' && (m.epoch === null || m.note)));
  return { send, lastFrame, snapshot, errors };
}

/** A run trained two epochs and three batches (mid-epoch, so the shuffle position matters), and its file. */
function savedRun(config = circle) {
  const a = worker();
  a.send({ type: 'configure', runId: 1, config });
  a.send({ type: 'step', grain: 'epoch' });
  a.send({ type: 'step', grain: 'epoch' });
  for (let i = 0; i < 3; i++) a.send({ type: 'step', grain: 'batch' });
  const snap = a.snapshot();
  const model = modelJSONOf(snap, config, dataShapeOf(config).task);
  const text = buildModelFile({ savedAt: '2026-12-01T09:00:00.000Z', config, model, trainer: snap.trainer!, table: null });
  return { a, text };
}

function opened(text: string) {
  const parsed = parseModelFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const b = worker();
  b.send({ type: 'configure', runId: 1, config: { ...circle, seed: 99, hidden: [{ units: 1, activation: 'tanh' }] } });
  b.send({ type: 'configure', runId: 2, config: parsed.file.config, resume: checkpointOf(parsed.file) });
  return b;
}

const bits = (a: ArrayLike<number>) => Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v)));

describe('a saved session', () => {
  it('predicts exactly what the original predicted, and trains on to bit-identical weights', () => {
    const { a, text } = savedRun();
    const b = opened(text);
    expect(b.errors()).toEqual([]);
    const [fa, fb] = [a.lastFrame(), b.lastFrame()];
    expect(fb.runId).toBe(2);
    expect(bits(fb.params)).toEqual(bits(fa.params));
    expect(bits(fb.outputGrid)).toEqual(bits(fa.outputGrid));
    expect([fb.epoch, fb.iteration, fb.batchInEpoch]).toEqual([fa.epoch, fa.iteration, fa.batchInEpoch]);
    expect(fb.history).toHaveLength(2);
    expect(b.snapshot()).toEqual(a.snapshot());
    for (const w of [a, b]) {
      w.send({ type: 'step', grain: 'epoch' });
      w.send({ type: 'step', grain: 'epoch' });
    }
    expect(a.lastFrame().epoch).toBe(4);
    expect(bits(b.lastFrame().params)).toEqual(bits(a.lastFrame().params));
    expect(b.snapshot()).toEqual(a.snapshot());
  });

  it('carries on exactly with momentum SGD and with random noise (a table the worker makes)', () => {
    for (const config of [
      { ...circle, optimizer: 'sgd', momentum: 0.9 },
      { ...circle, dataset: 'noise', loss: 'categorical_crossentropy', samples: 120, hidden: [{ units: 8, activation: 'relu' }] },
    ] satisfies PlaygroundConfig[]) {
      const { a, text } = savedRun(config);
      const b = opened(text);
      a.send({ type: 'step', grain: 'epoch' });
      b.send({ type: 'step', grain: 'epoch' });
      expect(b.errors()).toEqual([]);
      expect(bits(b.lastFrame().params)).toEqual(bits(a.lastFrame().params));
    }
  });

  it('is named after its data and epoch', () => {
    expect(modelFileName({ dataset: 'circle' }, 120)).toBe('circle-epoch-120.layerlab.json');
    expect(modelFileName({ dataset: 'csv' }, 3, 'my grades (2024).csv')).toBe('my-grades-2024-epoch-3.layerlab.json');
  });
});

/** The saved file as an object, changed by `edit`, as text again. */
// biome-ignore lint/suspicious/noExplicitAny: the test damages the file's JSON freely
function edited(edit: (f: Record<string, any>) => void): string {
  const f = JSON.parse(savedRun().text);
  edit(f);
  return JSON.stringify(f);
}

function refusal(text: string): string {
  const r = parseModelFile(text);
  if (r.ok) throw new Error('the file was accepted');
  return r.message;
}

describe('a bad model file', () => {
  const good = savedRun().text;

  it('is accepted when nothing is wrong', () => {
    const r = parseModelFile(good);
    expect(r.ok).toBe(true);
    expect((r as { file: SessionFile }).file.config).toEqual(circle);
  });

  it('is refused when it is not JSON, empty, or cut off', () => {
    expect(refusal('hello, world')).toMatch(/^This is not a Layerlab model file: it is not JSON/);
    // A binary file, as the browser reads it (invalid UTF-8 becomes U+FFFD): named as such, its bytes not quoted.
    for (const binary of ['\uFFFDPNG\r\n\u001A\n\u0000\u0000', 'PK\u0003\u0004\u0014\u0000', ',\uFFFDA\uFFFDV'])
      expect(refusal(binary)).toBe('This is not a Layerlab model file: it is not text at all (a picture, an archive or another program’s file?). Save model writes a .json file.');
    expect(refusal('')).toBe('This file is empty.');
    expect(refusal(good.slice(0, good.length / 2))).toBe('This file ends too early: it was probably cut off while it was saved or copied.');
    expect(refusal('[1, 2]')).toBe('This is not a Layerlab model file: it holds a list of 2, not a saved session.');
  });

  it('is refused when it is another format or version', () => {
    expect(refusal(edited((f) => (f.format = 'keras')))).toBe('This is not a Layerlab model file: its format is "keras", not "layerlab-session".');
    expect(refusal(JSON.stringify(JSON.parse(good).model))).toMatch(/network on its own .* Open model reads the files Save model writes/);
    expect(refusal(edited((f) => (f.version = 2)))).toBe('This file was saved by a newer Layerlab (version 2); this one reads version 1.');
    expect(refusal(edited((f) => (f.version = '1')))).toBe('This file\'s version is "1"; this Layerlab reads version 1.');
  });

  it('is refused when a field is missing or unknown', () => {
    expect(refusal(edited((f) => delete f.trainer))).toBe('This file is missing its training progress ("trainer").');
    expect(refusal(edited((f) => delete f.config.learningRate))).toBe('The setup is missing its learningRate.');
    expect(refusal(edited((f) => (f.extra = 1)))).toMatch(/^The file has a field this Layerlab does not know, "extra"/);
    expect(refusal(edited((f) => (f.model.optimizer.slots.momentum = [])))).toMatch(/^This file's network is damaged: optimizer\.slots\.momentum: unknown field "momentum"/);
    expect(refusal(edited((f) => delete f.model.optimizer))).toMatch(/not the optimizer's memory \(adam\)/);
  });

  it('is refused when a shape does not match its setup', () => {
    expect(refusal(edited((f) => f.model.weights[2].push([0, 0])))).toBe("This file's second layer has 5 weights per neuron, but its setup feeds it 4 inputs.");
    expect(refusal(edited((f) => f.model.weights[5].push(0)))).toBe("This file's output layer has 2 biases, but its setup gives it 1 neurons.");
    expect(refusal(edited((f) => (f.config.hidden[1].units = 3)))).toBe(
      "This file's network is 2 → 4 tanh → 2 relu → 1 sigmoid, but its setup builds 2 → 4 tanh → 3 relu → 1 sigmoid.",
    );
    expect(refusal(edited((f) => f.model.weights[2][1].push(0)))).toBe("This file's network is damaged: the second layer's weights (input 2) row has 3 values, expected 2.");
    expect(refusal(edited((f) => (f.config.hidden[1].activation = 'tanh')))).toBe(
      "This file's network is 2 → 4 tanh → 2 relu → 1 sigmoid, but its setup builds 2 → 4 tanh → 2 tanh → 1 sigmoid.",
    );
    expect(refusal(edited((f) => (f.config.samples = 300)))).toMatch(
      /^This file's training progress is damaged: trainer\.n: was saved for 140 training rows, but this data has 210/,
    );
    expect(refusal(edited((f) => (f.config.learningRate = 0.1)))).toBe("This file's network was compiled with learningRate 0.03, but its setup says 0.1.");
    expect(refusal(edited((f) => (f.trainer.batchSize = 20)))).toBe('The training progress was saved with batch size 20, but its setup says 10.');
  });

  it('is refused when a number is not finite or out of range', () => {
    expect(refusal(edited((f) => (f.model.weights[0][1][2] = null)))).toBe(
      "This file's network is damaged: the first layer's weight from input 2 to neuron 3 is null, not a finite number.",
    );
    expect(refusal(good.replace(/"weights":\[\[\[(-?[\d.e-]+)/, '"weights":[[[1e999'))).toBe(
      "This file's network is damaged: the first layer's weight from input 1 to neuron 1 is Infinity, not a finite number.",
    );
    expect(refusal(edited((f) => (f.model.weights[1][0] = 1e300)))).toMatch(
      /^This file's network is damaged: the weights: holds 1e\+300 \(value 0 of array 1\), beyond ±1000000000000000: .* the file is probably damaged\.$/,
    );
    expect(refusal(edited((f) => (f.trainer.history[0].loss = 'low')))).toBe(
      'This file\'s training progress is damaged: trainer.history[0].loss: is the text "low", not a finite number.',
    );
    expect(refusal(edited((f) => (f.config.learningRate = -1)))).toBe("The setup's learning rate is -1; it must be from 0.00001 to 10.");
    expect(refusal(edited((f) => (f.trainer.order[0] = f.trainer.order[1])))).toMatch(/trainer\.order: must list every training row exactly once/);
  });

  it('is refused when its network is too large for the browser or the playground', () => {
    const wide = edited((f) => {
      f.config.dataset = 'csv';
    });
    expect(refusal(wide)).toMatch(/^This model was trained on a table \(csv\), but the file's description of it is empty \(null\)\./);
    expect(refusal(edited((f) => (f.config.hidden[0].units = 17)))).toBe("The setup's first hidden layer's number of neurons is 17; it must be from 1 to 16.");
    // A CSV of 10,000 columns into 256 neurons: the setup allows each part, the browser not the whole.
    const huge = edited((f) => {
      f.config = { ...f.config, dataset: 'csv', hidden: [{ units: 256, activation: 'relu' }] };
      const inputNames = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
      f.table = {
        source: 'csv',
        task: 'binary',
        classes: 2,
        inputNames,
        classNames: ['no', 'yes'],
        targetName: 'y',
        stats: null,
        targetScale: null,
        trainCount: 140,
        validationCount: 60,
        csv: { fileName: 'wide.csv', choice: { target: 'y', features: inputNames, task: 'classification' }, data: null },
      };
    });
    expect(refusal(huge)).toBe('This network has 2,560,513 weights and biases, more than a browser can train (at most 2,000,000).');
  });
});

describe('any damage to a model file', () => {
  it('is opened or refused with a sentence, never thrown (2,000 mutated files)', () => {
    const base = JSON.parse(savedRun().text);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (i < 6 || i === v.length - 1) walk(v[i], [...path, i]);
      } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constantFrom(0, -1, 1.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, 1e300, 4, 10),
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.array(fc.double(), { maxLength: 3 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), replacement), { minLength: 1, maxLength: 3 }), fc.nat(400), (edits, cut) => {
        const f = structuredClone(base);
        for (const [p, value] of edits) {
          const path = paths[p];
          if (path.length === 0) continue;
          let target = f;
          for (const key of path.slice(0, -1)) target = target?.[key];
          // An earlier edit replaced a parent of this path.
          if (target === null || typeof target !== 'object') continue;
          if (value === undefined) delete target[path.at(-1)!];
          else target[path.at(-1)!] = structuredClone(value);
        }
        // JSON has no infinities, but a file can hold 1e999, which JSON.parse reads as Infinity.
        const infinite = (v: unknown) => (v === Number.POSITIVE_INFINITY ? '__inf__' : v === Number.NEGATIVE_INFINITY ? '__-inf__' : v);
        let text = JSON.stringify(f, (_, v) => infinite(v))
          .replaceAll('"__inf__"', '1e999')
          .replaceAll('"__-inf__"', '-1e999');
        if (cut % 10 === 0) text = text.slice(0, cut * 10);
        const r = parseModelFile(text);
        if (r.ok) accepted++;
        else {
          expect(r.message).toMatch(/^[A-Z][^\n]*[.)]$/);
          expect(r.message, r.message).not.toMatch(/could not be opened|undefined|\[object/);
        }
      }),
      { numRuns: 2000, seed: 20261201 },
    );
    // Some edits leave a valid file (a weight replaced by another finite number); most break it.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(1000);
  });
});
