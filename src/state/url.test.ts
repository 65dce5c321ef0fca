import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG, defaultConfigFor } from '../setup/defaults.ts';
import { CSV_LINK_NOTICE, decodeConfig, encodeConfig } from './url.ts';

const defaultQuery = encodeConfig(DEFAULT_CONFIG);

/** The default link with some keys replaced (a value of null removes the key). */
function withParams(changes: Record<string, string | null>): string {
  const params = new URLSearchParams(defaultQuery);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  return params.toString();
}

describe('encodeConfig', () => {
  it('writes short, readable keys with literal commas', () => {
    expect(defaultQuery).toBe(
      'data=circle&noise=0&split=0.5&rows=shuffled&n=500&feat=x1,x2&layers=4tanh,2tanh&loss=binary_crossentropy' +
        '&opt=adam&lr=0.01&mom=0&batch=10&epochs=200&reg=none&rate=0&init=glorot_uniform&seed=1&k=3&problem=classification',
    );
  });
});

describe('round trip', () => {
  const setups: PlaygroundConfig[] = [
    DEFAULT_CONFIG,
    { ...DEFAULT_CONFIG, dataset: 'moons', problem: 'regression', loss: 'mse', epochs: 150 },
    {
      dataset: 'spirals',
      noise: 12.5,
      validationSplit: 0.3,
      validationRows: 'shuffled',
      samples: 1000,
      classes: 5,
      problem: 'classification',
      features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
      hidden: [
        { units: 16, activation: 'relu' },
        { units: 8, activation: 'leaky_relu' },
        { units: 1, activation: 'elu' },
      ],
      loss: 'mse',
      optimizer: 'sgd',
      learningRate: 0.003,
      momentum: 0.9,
      batchSize: 1,
      epochs: null,
      regularization: 'l2',
      regularizationRate: 0.001,
      initializer: 'he_normal',
      seed: 2_147_483_647,
    },
    { ...DEFAULT_CONFIG, dataset: 'bumps', loss: 'mse', hidden: [], features: ['sinx1'], optimizer: 'rmsprop', regularization: 'l1' },
  ];

  it.each(setups.map((c) => [c.dataset, c] as const))('restores %s exactly, without corrections', (_, config) => {
    const { config: decoded, corrections } = decodeConfig(encodeConfig(config));
    expect(corrections).toEqual([]);
    expect(decoded).toEqual(config);
  });

  it('accepts a leading "?" as location.search has it', () => {
    expect(decodeConfig(`?${defaultQuery}`)).toEqual({ config: DEFAULT_CONFIG, corrections: [] });
  });

  it('writes an empty network as a word', () => {
    expect(encodeConfig({ ...DEFAULT_CONFIG, hidden: [] })).toContain('layers=none');
  });
});

describe('decodeConfig repairs', () => {
  it('fills missing keys with defaults silently', () => {
    expect(decodeConfig('')).toEqual({ config: DEFAULT_CONFIG, corrections: [] });
    const { config, corrections } = decodeConfig('data=xor&lr=0.1');
    expect(corrections).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, dataset: 'xor', learningRate: 0.1 });
  });

  it('ignores unknown keys and says so', () => {
    const { config, corrections } = decodeConfig(withParams({ colour: 'red' }));
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(corrections).toEqual(['Ignored the unknown setting "colour".']);
  });

  it('replaces a number that is not a number by the default', () => {
    const { config, corrections } = decodeConfig(withParams({ lr: 'abc', batch: '' }));
    expect(config.learningRate).toBe(0.01);
    expect(config.batchSize).toBe(10);
    expect(corrections).toEqual(['Learning rate "abc" is not a decimal number; using 0.01.', 'Batch size "" is not a decimal number; using 10.']);
  });

  it('reads decimal numbers only: no hexadecimal, binary or octal', () => {
    const { config, corrections } = decodeConfig(withParams({ noise: '0x10', lr: '0b11', seed: '0o7', batch: 'Infinity' }));
    expect(config.noise).toBe(0);
    expect(config.learningRate).toBe(0.01);
    expect(config.seed).toBe(1);
    expect(config.batchSize).toBe(10);
    expect(corrections).toEqual([
      'Noise "0x10" is not a decimal number; using 0%.',
      'Learning rate "0b11" is not a decimal number; using 0.01.',
      'Batch size "Infinity" is not a decimal number; using 10.',
      'Seed "0o7" is not a decimal number; using 1.',
    ]);
    // What a decimal link may hold: signs, a leading or trailing point, an exponent.
    const ok = decodeConfig(withParams({ lr: '1e-3', mom: '.5', noise: '+5.', rate: '0.001' }));
    expect(ok.corrections).toEqual([]);
    expect([ok.config.learningRate, ok.config.momentum, ok.config.noise, ok.config.regularizationRate]).toEqual([0.001, 0.5, 5, 0.001]);
  });

  it('uses neither value of a key given twice, and says so', () => {
    const { config, corrections } = decodeConfig(`${defaultQuery}&lr=0.3&data=spirals&data=xor`);
    expect(config.learningRate).toBe(defaultConfigFor('circle').learningRate);
    expect(config.dataset).toBe('circle');
    expect(corrections).toEqual([
      'data appears 3 times ("circle", "spirals", "xor"); used none of them, so it takes its default.',
      'lr appears twice ("0.01", "0.3"); used neither, so it takes its default.',
    ]);
  });

  it('clamps numbers to their range', () => {
    const { config, corrections } = decodeConfig(withParams({ noise: '80', split: '-0.1', n: '5000', lr: '-1', k: '9', seed: '-4', epochs: '0' }));
    expect(config).toMatchObject({ noise: 50, validationSplit: 0, samples: 2000, learningRate: 0.00001, classes: 6, seed: 0, epochs: 1 });
    expect(corrections).toEqual([
      'Noise 80% is above the most, 50%; using 50%.',
      'Validation split -0.1 is below the least, 0; using 0.',
      'Number of samples 5000 is above the most, 2000; using 2000.',
      'Number of classes 9 is above the most, 6; using 6.',
      'Learning rate -1 is below the least, 0.00001; using 0.00001.',
      'Epochs 0 is below the least, 1; using 1.',
      'Seed -4 is below the least, 0; using 0.',
    ]);
  });

  it('rounds counts to whole numbers', () => {
    const { config, corrections } = decodeConfig(withParams({ batch: '7.6' }));
    expect(config.batchSize).toBe(8);
    expect(corrections).toEqual(['Batch size must be a whole number; using 8 instead of 7.6.']);
  });

  it('falls back for unknown names, and reads names case-insensitively', () => {
    const { config, corrections } = decodeConfig(withParams({ data: 'donut', opt: 'ADAM', init: 'orthogonal', reg: 'l3' }));
    expect(config).toMatchObject({ dataset: 'circle', optimizer: 'adam', initializer: 'glorot_uniform', regularization: 'none' });
    expect(corrections).toEqual([
      'Dataset "donut" is not one of circle, xor, gauss, spiral, moons, blobs, spirals, plane, bumps, noise, iris, penguins, autoMpg, boston, digits, mnist; using circle.',
      'Regularization "l3" is not one of none, l1, l2; using none.',
      'Initializer "orthogonal" is not one of random_uniform, glorot_uniform, he_normal, he_uniform, zeros, constant; using glorot_uniform.',
    ]);
  });

  it('replaces a loss that does not fit the task by the task default', () => {
    const { config, corrections } = decodeConfig(withParams({ data: 'plane', loss: 'binary_crossentropy' }));
    expect(config.loss).toBe('mse');
    expect(corrections).toEqual(['Loss "binary_crossentropy" does not fit Plane (regression); using mse.']);
  });

  it('gives a missing loss the default of the task', () => {
    expect(decodeConfig('data=blobs').config.loss).toBe('categorical_crossentropy');
  });

  it('drops unknown and duplicate features, keeping the canonical order', () => {
    const { config, corrections } = decodeConfig(withParams({ feat: 'x2,cos,x1,x2' }));
    expect(config.features).toEqual(['x1', 'x2']);
    expect(corrections).toEqual(['Dropped the unknown input feature "cos".']);
  });

  it('keeps at least one input feature', () => {
    const { config, corrections } = decodeConfig(withParams({ feat: 'y' }));
    expect(config.features).toEqual(['x1', 'x2']);
    expect(corrections).toEqual(['Dropped the unknown input feature "y".', 'A network needs at least one input; using x₁ and x₂.']);
  });

  it('clamps layer sizes and replaces unknown activations', () => {
    const { config, corrections } = decodeConfig(withParams({ layers: '4relu,8swish,40tanh,0sigmoid,3' }));
    expect(config.hidden).toEqual([
      { units: 4, activation: 'relu' },
      { units: 8, activation: 'tanh' },
      { units: 16, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
      { units: 3, activation: 'tanh' },
    ]);
    expect(corrections).toEqual([
      'Layer 2\'s activation "swish" is unknown; using tanh.',
      'Layer 3 had 40 neurons; the most is 16.',
      'Layer 4 had 0 neurons; the least is 1.',
      'Layer 5 has no activation; using tanh.',
    ]);
  });

  it('keeps softmax out of the hidden layers', () => {
    const { config, corrections } = decodeConfig(withParams({ layers: '3softmax' }));
    expect(config.hidden).toEqual([{ units: 3, activation: 'tanh' }]);
    expect(corrections).toEqual(['Layer 1\'s activation "softmax" is unknown; using tanh.']);
  });

  it('replaces an unreadable layer and drops layers beyond the most', () => {
    const { config, corrections } = decodeConfig(withParams({ layers: 'tanh4,2,2,2,2,2,2,2,2,2' }));
    expect(config.hidden).toHaveLength(8);
    expect(config.hidden[0]).toEqual({ units: 4, activation: 'tanh' });
    expect(corrections[0]).toBe('The network had 10 hidden layers; the most is 8, so the last 2 were dropped.');
    expect(corrections[1]).toBe('Layer 1 "tanh4" is not a neuron count and an activation like "4tanh"; using 4 tanh.');
  });

  it('reads an empty network', () => {
    expect(decodeConfig(withParams({ layers: 'none' })).config.hidden).toEqual([]);
    expect(decodeConfig(withParams({ layers: '' })).config.hidden).toEqual([]);
  });

  it('survives a link mangled by a chat app', () => {
    const { config } = decodeConfig('data=xor%20&lr=0.03%0A&amp;batch=5');
    expect(config.dataset).toBe('xor');
    expect(config.learningRate).toBe(0.03);
  });
});

describe('data beyond the plane', () => {
  const setups: PlaygroundConfig[] = [
    { ...defaultConfigFor('noise'), seed: 42, validationSplit: 0.25, samples: 750 },
    { ...defaultConfigFor('iris'), seed: 7, validationSplit: 0.4, hidden: [{ units: 12, activation: 'tanh' }] },
    { ...defaultConfigFor('penguins'), loss: 'mse' },
    {
      ...defaultConfigFor('digits'),
      seed: 3,
      validationSplit: 0.3,
      validationRows: 'shuffled',
      hidden: [
        { units: 200, activation: 'relu' },
        { units: 64, activation: 'relu' },
      ],
    },
  ];

  it.each(setups.map((c) => [c.dataset, c] as const))('restores %s exactly from a link, seed and split included', (_, config) => {
    const { config: decoded, corrections } = decodeConfig(encodeConfig(config));
    expect(corrections).toEqual([]);
    expect(decoded).toEqual(config);
  });

  it("gives a link that names only the data that data's own setup", () => {
    const digits = decodeConfig('data=digits&seed=5');
    expect(digits.corrections).toEqual([]);
    expect(digits.config).toMatchObject({
      dataset: 'digits',
      seed: 5,
      hidden: [{ units: 128, activation: 'relu' }],
      optimizer: 'adam',
      learningRate: 0.001,
      batchSize: 32,
      validationSplit: 0.2,
      validationRows: 'shuffled',
      loss: 'categorical_crossentropy',
    });
    expect(decodeConfig('data=noise').config).toMatchObject({ dataset: 'noise', samples: 1000, hidden: [{ units: 128, activation: 'relu' }] });
  });

  it('keeps the plane features in the link, unused, so coming back to a plane finds them', () => {
    const config = { ...defaultConfigFor('iris'), features: ['x1', 'x1sq'] as PlaygroundConfig['features'] };
    expect(decodeConfig(encodeConfig(config)).config.features).toEqual(['x1', 'x1sq']);
  });

  it('allows wide layers for tables, not for planes', () => {
    expect(decodeConfig('data=digits&layers=512relu').config.hidden).toEqual([{ units: 512, activation: 'relu' }]);
    expect(decodeConfig('data=digits&layers=600relu').config.hidden).toEqual([{ units: 512, activation: 'relu' }]);
    expect(decodeConfig('data=digits&layers=600relu').corrections).toEqual(['Layer 1 had 600 neurons; the most is 512.']);
    expect(decodeConfig('data=iris&layers=300relu').config.hidden).toEqual([{ units: 256, activation: 'relu' }]);
    expect(decodeConfig('data=iris&layers=300relu').corrections).toEqual(['Layer 1 had 300 neurons; the most is 256.']);
    expect(decodeConfig('data=circle&layers=128relu').config.hidden).toEqual([{ units: 16, activation: 'relu' }]);
  });

  it('cannot bring back a CSV: it loads the default setup and says why', () => {
    const csv = encodeConfig({ ...DEFAULT_CONFIG, dataset: 'csv', hidden: [{ units: 16, activation: 'relu' }], seed: 9 });
    expect(csv).toContain('data=csv');
    expect(decodeConfig(csv)).toEqual({ config: DEFAULT_CONFIG, corrections: [CSV_LINK_NOTICE] });
    expect(CSV_LINK_NOTICE).toBe('A CSV file stays on your computer, so a link cannot bring it back: choose the file again.');
  });
});

describe('validation rows in a link', () => {
  it('round-trips both choices and refuses anything else', () => {
    for (const validationRows of ['last', 'shuffled'] as const) {
      const config = { ...defaultConfigFor('iris'), validationRows };
      const { config: back, corrections } = decodeConfig(encodeConfig(config));
      expect(corrections).toEqual([]);
      expect(back.validationRows).toBe(validationRows);
    }
    const { config, corrections } = decodeConfig('data=iris&rows=first');
    expect(config.validationRows).toBe('shuffled');
    expect(corrections).toEqual(['Validation rows "first" is not one of last, shuffled; using shuffled.']);
  });
});
