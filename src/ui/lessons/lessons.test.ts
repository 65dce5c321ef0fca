// Each lesson's setup gives the numbers its text teaches, through the engine; the texts run.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../setup/defaults.ts';
import { modelSpecOf } from '../../setup/rules.ts';
import { formatNumber } from '../format.ts';
import { makeContext, readTrace } from './context.ts';
import { kerasCode } from './keras.ts';
import { flattenWeights, LESSONS, lessonById } from './lessons.ts';
import type { Lesson } from './types.ts';
import { referenceTrace, stageConfig, stageModel } from './reference.ts';
import type { LiveState } from './types.ts';

/** A live state with nothing done yet: no trace, no epochs, no answers, nothing changed. */
const live = (l: Lesson, stage: number, over: Partial<LiveState> = {}): LiveState => ({
  stage, trace: null, point: null, model: null, epoch: 0, valLoss: NaN, valAccuracy: NaN, trainAccuracy: NaN,
  step: null, steps: [], answers: {}, changed: [], trainedSinceChange: false, config: stageConfig(l, stage), ...over,
});

const lesson = (id: string): Lesson => lessonById(id)!;
const f4 = (v: number) => formatNumber(v, 4);

describe('lessons', () => {
  it('have unique ids, and every stage builds a model its weights fit', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) {
      l.stages.forEach((st, s) => {
        const model = stageModel(l, s);
        expect(model.spec).toEqual(modelSpecOf(stageConfig(l, s)));
        if (st.weights) {
          // setParams (what the page sends) and setWeights (Keras layout) agree.
          expect(Array.from(model.getParams())).toEqual(flattenWeights(st.weights));
        }
      });
    }
  });

  it('1: a neuron is a dot product: 2.1672 and 4.126 (and why 4.1259)', () => {
    const t = readTrace(referenceTrace(lesson('dot-product'), 0, 0));
    expect(f4(t.z(0, 0))).toBe('2.1672');
    expect(f4(t.z(0, 1))).toBe('4.126');
    expect(String(t.z(0, 1))).toBe('4.1259999999999994');
    const c = makeContext(lesson('dot-product'), live(lesson('dot-product'), 0, { trace: null, point: null, model: null, epoch: 0, valLoss: NaN, valAccuracy: NaN, trainAccuracy: NaN }));
    expect(c.truncated(t.z(0, 1), 4)).toBe('4.1259');
  });

  it('2: forward propagation by hand: 5, 1, 9 for (2, 3) and 7, 1, 13 for (3, 4)', () => {
    const l = lesson('forward-propagation');
    const a = readTrace(referenceTrace(l, 0, 0));
    expect([a.a(0, 0), a.a(0, 1), a.output(0)]).toEqual([5, 1, 9]);
    const b = readTrace(referenceTrace(l, 0, 1));
    expect([b.a(0, 0), b.a(0, 1), b.output(0)]).toEqual([7, 1, 13]);
    expect(a.sum(1, 0)).toBe('2·5 + (−1)·1 = 9');
  });

  it('3: ReLU switches the second neuron off: 44; linear gives −12', () => {
    const l = lesson('activation-functions');
    const relu = readTrace(referenceTrace(l, 0, 0));
    expect([relu.z(0, 0), relu.z(0, 1), relu.a(0, 1), relu.output(0)]).toEqual([22, -8, 0, 44]);
    const linear = readTrace(referenceTrace(l, 1, 0));
    expect(linear.output(0)).toBe(-12);
    expect(linear.sum(1, 0)).toBe('2·22 + 7·(−8) = −12');
  });

  it('4: one sigmoid neuron: A 0.7985731 right, B 0.8710191 wrong', () => {
    const l = lesson('prediction');
    expect(formatNumber(readTrace(referenceTrace(l, 0, 0)).output(0), 7)).toBe('0.7985731');
    expect(formatNumber(readTrace(referenceTrace(l, 0, 1)).output(0), 7)).toBe('0.8710191');
    const model = stageModel(l, 0);
    const c = makeContext(l, live(l, 0, { model }));
    expect(c.predictions().map((p) => p.correct)).toEqual([true, false]);
    expect(l.done(c)).toBe(false);
    const intro = l.intro.map((t) => (typeof t === 'string' ? t : t(c))).join(' ');
    expect(intro).toContain('p = σ(z) = 0.7985731: class 1. A is class 1, so the network is right.');
    expect(intro).toContain('gets p = 0.8710191: class 1, but B is class 0, so the network is wrong');
    // Enough updates, A and B in turn, make both right.
    for (let i = 0; i < 400 && !l.done(c); i++) {
      model.trainOnBatch([[1.66, 1.56]], [[1]]);
      model.trainOnBatch([[2, 1.5]], [[0]]);
    }
    expect(l.done(c)).toBe(true);
  });

  it('6: memorising noise: 1,000 rows of 100 random inputs and 10 classes, 800 to train on', () => {
    const l = lesson('memorising-noise');
    const c = makeContext(l, live(l, 0, { trace: null, point: null, model: null, epoch: 0, valLoss: NaN, valAccuracy: NaN, trainAccuracy: NaN }));
    expect(c.setup(0)).toEqual({ samples: 1000, train: 800, validation: 200, inputs: 100, classes: 10, params: 100 * 128 + 128 + 128 * 10 + 10, layers: [128, 10] });
    const intro = l.intro.map((t) => (typeof t === 'string' ? t : t(c))).join(' ');
    expect(intro).toContain('1,000 rows of 100 random numbers');
    expect(intro).toContain('14,218 weights and biases for 800 training rows');
    expect(intro).toContain('chance, 10.0%');
  });
});

describe('the Keras code for a setup', () => {
  it('defines, compiles, fits and evaluates what the page trains', () => {
    const config = { ...DEFAULT_CONFIG };
    const code = kerasCode(config, modelSpecOf(config), 12)
      .map((l) => l.text)
      .join('\n');
    expect(code).toContain('keras.Input(shape=(2,)),  # x₁, x₂');
    expect(code).toContain('layers.Dense(4, activation="tanh"),');
    expect(code).toContain('layers.Dense(2, activation="tanh"),');
    expect(code).toContain('layers.Dense(1, activation="sigmoid"),');
    expect(code).toContain('optimizer=keras.optimizers.Adam(learning_rate=0.01),');
    expect(code).toContain('loss="binary_crossentropy",');
    expect(code).toContain('metrics=["accuracy"],');
    expect(code).toContain('history = model.fit(\n    x, y,\n    batch_size=10,\n    epochs=12,\n    validation_split=0.5,\n)');
    expect(code).toContain('model.evaluate(');
  });

  it('writes momentum, penalties, initializers and leaky ReLU’s slope the way Keras needs them', () => {
    const config = {
      ...DEFAULT_CONFIG,
      dataset: 'plane' as const,
      loss: 'mse' as const,
      optimizer: 'sgd' as const,
      learningRate: 0.03,
      momentum: 0.9,
      regularization: 'l2' as const,
      regularizationRate: 0.001,
      initializer: 'he_normal' as const,
      hidden: [{ units: 3, activation: 'leaky_relu' as const }],
    };
    const code = kerasCode(config, modelSpecOf(config), 0)
      .map((l) => l.text)
      .join('\n');
    expect(code).toContain('keras.optimizers.SGD(learning_rate=0.03, momentum=0.9)');
    expect(code).toContain('layers.Dense(3, kernel_initializer="he_normal", kernel_regularizer=keras.regularizers.L2(0.001)),');
    expect(code).toContain('layers.LeakyReLU(negative_slope=0.3),');
    expect(code).toContain('layers.Dense(1, activation="linear"');
    expect(code).not.toContain('metrics');
    expect(code).toContain('    epochs=1,');
  });
});
