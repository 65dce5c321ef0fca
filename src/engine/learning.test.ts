// The engine learns, reproducibly, and stops honestly when training diverges.
import { describe, expect, it } from 'vitest';
import { applyFeatures, createModel, createTrainer, generate2D, splitTrainValidation } from './index.ts';

describe('training', () => {
  it('learns XOR with one small hidden layer (100% accuracy)', () => {
    const model = createModel(
      {
        inputs: 2,
        layers: [
          { units: 4, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { seed: 2 },
    );
    model.compile({ optimizer: 'adam', learningRate: 0.05, loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const x = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ];
    const y = [[0], [1], [1], [0]];
    model.fit(x, y, { epochs: 500, batchSize: 4 });
    expect(model.evaluate(x, y).accuracy).toBe(1);
    expect(model.predict(x).map(([p]) => Math.round(p))).toEqual([0, 1, 1, 0]);
  });

  it('reaches at least 95% test accuracy on the two-arm spiral with a modest network', () => {
    const points = generate2D({ name: 'spiral', numSamples: 600, noise: 0, seed: 3 });
    const { train, validation } = splitTrainValidation(points, 0.3, 4);
    const features = ['x1', 'x2', 'sinx1', 'sinx2'] as const;
    const model = createModel(
      {
        inputs: 4,
        layers: [
          { units: 16, activation: 'tanh' },
          { units: 16, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { seed: 5 },
    );
    model.compile({ optimizer: 'adam', learningRate: 0.01, loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const data = (p: typeof train) => ({ x: applyFeatures(p.x, p.n, features), y: Float64Array.from(p.y), n: p.n });
    const trainer = createTrainer(model, data(train), { batchSize: 16, seed: 6, validation: data(validation) });
    for (let e = 0; e < 300 && trainer.history.at(-1)?.val_accuracy !== 1; e++) trainer.step('epoch');
    expect(trainer.history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('identical seeds give identical weights after training; a different seed does not', () => {
    const run = (seed: number) => {
      const model = createModel(
        {
          inputs: 2,
          layers: [
            { units: 6, activation: 'relu' },
            { units: 3, activation: 'softmax' },
          ],
        },
        { seed },
      );
      model.compile({ optimizer: 'adam', loss: 'categorical_crossentropy' });
      const pts = generate2D({ name: 'blobs', numSamples: 120, noise: 10, seed: 9, classes: 3 });
      const y = Array.from(pts.y, (c) => [0, 1, 2].map((j) => (j === c ? 1 : 0)));
      const x = Array.from({ length: pts.n }, (_, i) => [pts.x[2 * i], pts.x[2 * i + 1]]);
      model.fit(x, y, { epochs: 5, batchSize: 8, seed });
      return model.getParams();
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('steps one sample, one batch or one epoch; Keras validation split takes the last rows before shuffling', () => {
    const model = createModel({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }, { seed: 1 });
    model.compile({ optimizer: 'sgd', learningRate: 0.1, loss: 'mse', metrics: [] });
    const n = 10;
    const train = { x: Float64Array.from({ length: n }, (_, i) => i / n), y: Float64Array.from({ length: n }, (_, i) => (2 * i) / n), n };
    const trainer = createTrainer(model, train, { batchSize: 4 });
    expect(trainer.step('sample').batches[0].size).toBe(1);
    expect(trainer.step('batch').batches[0].size).toBe(4);
    const rest = trainer.step('epoch');
    expect(rest.batches.map((b) => b.size)).toEqual([4, 1]);
    expect(rest.epochs).toHaveLength(1);
    expect(trainer.epoch).toBe(1);
    expect(trainer.step('epoch').batches.map((b) => b.size)).toEqual([4, 4, 2]);

    // With validationSplit 0.5, the held-out rows are the last five: targets 10 apart tell them apart.
    const x = Array.from({ length: 10 }, (_, i) => [i < 5 ? 0 : 1]);
    const y = Array.from({ length: 10 }, (_, i) => [i < 5 ? 0 : 10]);
    const probe = createModel({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] }, { initializer: 'zeros' });
    probe.compile({ optimizer: 'sgd', learningRate: 1e-9, loss: 'mse' });
    const { history } = probe.fit(x, y, { epochs: 1, batchSize: 5, validationSplit: 0.5 });
    expect(history.loss[0]).toBeCloseTo(0, 6);
    expect(history.val_loss[0]).toBeCloseTo(100, 6);
  });

  it('changing the learning rate mid-training keeps weights and optimiser memory', () => {
    const model = createModel(
      {
        inputs: 2,
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'linear' },
        ],
      },
      { seed: 8 },
    );
    model.compile({ optimizer: 'adam', learningRate: 0.01, loss: 'mse' });
    model.trainOnBatch(
      [
        [1, 2],
        [3, 4],
      ],
      [[1], [0]],
    );
    const before = model.getParams();
    model.compile({ learningRate: 0.001 });
    expect(model.getParams()).toEqual(before);
    expect(model.iterations).toBe(1);
    expect(model.options.optimizer).toBe('adam');
  });

  it('detects divergence and stops instead of continuing', () => {
    const model = createModel(
      {
        inputs: 2,
        layers: [
          { units: 8, activation: 'relu' },
          { units: 1, activation: 'linear' },
        ],
      },
      { seed: 1 },
    );
    model.compile({ optimizer: 'sgd', learningRate: 50, loss: 'mse' });
    const pts = generate2D({ name: 'plane', numSamples: 100, noise: 0, seed: 1 });
    const trainer = createTrainer(model, { x: pts.x, y: pts.y, n: pts.n }, { batchSize: 10 });
    for (let i = 0; i < 50 && !trainer.diverged; i++) trainer.step('epoch');
    expect(trainer.diverged).toMatch(/diverged/);
    const iterations = trainer.iteration;
    expect(trainer.step('epoch').batches).toHaveLength(0);
    expect(trainer.iteration).toBe(iterations);
  });
});

describe('long runs', () => {
  it('thin the epoch log past historyLimit, keeping evenly spaced epochs', () => {
    const model = createModel({ inputs: 1, layers: [{ units: 1, activation: 'linear' }] });
    model.compile({ loss: 'mse' });
    const trainer = createTrainer(model, { x: Float64Array.of(1, 2), y: Float64Array.of(1, 2), n: 2 }, { batchSize: 2, historyLimit: 8 });
    for (let e = 0; e < 40; e++) trainer.step('epoch');
    expect(trainer.epoch).toBe(40);
    expect(trainer.history.length).toBeLessThanOrEqual(8);
    expect(trainer.historyStride).toBe(8);
    expect(trainer.history.map((h) => h.epoch)).toEqual([8, 16, 24, 32, 40]);
    expect(trainer.historyRevision).toBe(3);
  });
});
