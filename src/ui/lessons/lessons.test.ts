// Each lesson's setup gives the numbers its text teaches, through the engine; the texts run.
import { describe, expect, it } from 'vitest';
import { modelSpecOf } from '../../setup/rules.ts';
import { formatNumber } from '../format.ts';
import { makeContext, readTrace } from './context.ts';
import { exportCode } from '../../export/index.ts';
import { exampleInput, planeData } from '../../export/examples.ts';
import { kerasSections, type KerasSection } from './kerasSections.ts';
import { flattenWeights, LESSONS, lessonById } from './lessons.ts';
import type { Lesson } from './types.ts';
import { referenceTrace, stageConfig, stageModel } from './reference.ts';
import type { LiveState } from './types.ts';

/** A live state with nothing done yet: no trace, no epochs, no answers, nothing changed. */
const live = (l: Lesson, stage: number, over: Partial<LiveState> = {}): LiveState => ({
  stage,
  trace: null,
  point: null,
  model: null,
  epoch: 0,
  valLoss: NaN,
  valAccuracy: NaN,
  trainAccuracy: NaN,
  step: null,
  steps: [],
  answers: {},
  changed: [],
  trainedSinceChange: false,
  config: stageConfig(l, stage),
  ...over,
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
    const c = makeContext(
      lesson('dot-product'),
      live(lesson('dot-product'), 0, { trace: null, point: null, model: null, epoch: 0, valLoss: NaN, valAccuracy: NaN, trainAccuracy: NaN }),
    );
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
    // The walkthrough's one update on B, then updates A and B in turn until both are right: 420 of
    // them, so the e2e test's fifth press of "Apply 100 updates" is the first to finish the lesson.
    model.trainOnBatch([[2, 1.5]], [[0]]);
    let updates = 0;
    for (; updates < 1000 && !l.done(c); updates += 2) {
      model.trainOnBatch([[1.66, 1.56]], [[1]]);
      model.trainOnBatch([[2, 1.5]], [[0]]);
    }
    expect(l.done(c)).toBe(true);
    expect(updates).toBe(420);
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

describe('lesson 7: the Export dialog’s Keras script, cut into define, compile, fit and evaluate', () => {
  const input = exampleInput(planeData('xor', ['x1', 'x2'], { samples: 40 }), [{ units: 3, activation: 'relu' }], { compile: { optimizer: 'rmsprop', learningRate: 0.03 } });
  const lines = kerasSections(exportCode('keras', input).files[0].content as string);
  const of = (section: KerasSection) =>
    lines
      .filter((l) => l.section === section)
      .map((l) => l.text)
      .join('\n');

  it('keeps the export’s script line for line', () => {
    expect(lines.map((l) => l.text).join('\n')).toBe(exportCode('keras', input).files[0].content);
  });

  it('define holds the layers and the trained weights, and nothing of the data', () => {
    const define = of('define');
    expect(define).toContain('model = keras.Sequential([');
    expect(define).toContain('keras.layers.Dense(3, activation="relu"');
    expect(define).toContain('model.set_weights([');
    expect(define).toContain(String(input.params[0]));
    expect(define).not.toContain('np.loadtxt');
    expect(define).not.toContain('model.compile(');
  });

  it('compile, fit and evaluate are each their own lines', () => {
    expect(of('compile')).toMatch(/^model\.compile\(optimizer=keras\.optimizers\.RMSprop\(learning_rate=0\.03/);
    expect(of('fit')).toContain('if "--fit" in sys.argv:');
    expect(of('fit')).toContain('model.fit(x, y, epochs=2, batch_size=10');
    expect(of('fit')).not.toContain('model.evaluate(');
    expect(of('evaluate')).toBe('        model.evaluate(x[N_TRAIN:], y[N_TRAIN:], verbose=2)');
    // Imports, data and the printed predictions belong to no word.
    expect(lines.find((l) => l.text === 'import keras')?.section).toBeNull();
    expect(lines.find((l) => l.text.startsWith('print(json.dumps('))?.section).toBeNull();
  });
});
