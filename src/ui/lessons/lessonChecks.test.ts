// Every built-in lesson's check is unmet until the learner has done what its task asks, then met.
import { describe, expect, it } from 'vitest';
import { createModel } from '../../engine/index.ts';
import { stepKey, stepsOf } from '../walkthrough/steps.ts';
import { makeContext } from './context.ts';
import { lessonById } from './lessons.ts';
import { lessonSample, referenceTrace, stageConfig, stageModel } from './reference.ts';
import type { Lesson, LiveState } from './types.ts';

const lesson = (id: string): Lesson => lessonById(id)!;

function live(l: Lesson, stage: number, over: Partial<LiveState> = {}): LiveState {
  return {
    stage,
    trace: null,
    point: null,
    model: stageModel(l, stage),
    epoch: 0,
    valLoss: NaN,
    valAccuracy: NaN,
    trainAccuracy: NaN,
    step: null,
    steps: stepsOf(stageModel(l, stage).spec).map(stepKey),
    answers: {},
    changed: [],
    trainedSinceChange: false,
    config: stageConfig(l, stage),
    ...over,
  };
}

const done = (l: Lesson, state: LiveState) => l.done(makeContext(l, state));

describe('lesson checks', () => {
  it('1: done once neuron 1’s dot product beats neuron 2’s, not on the lesson’s own weights', () => {
    const l = lesson('dot-product');
    expect(done(l, live(l, 0, { trace: referenceTrace(l, 0, 0) }))).toBe(false);
    const model = stageModel(l, 0);
    const params = model.getParams();
    params[0] = 1.72; // the input itself as neuron 1's weights (row-major kernel: w[0][0], w[0][1], w[1][0], ...)
    params[2] = 1.23;
    model.setParams(params);
    const s = lessonSample(l, 0, l.samples[0]);
    expect(done(l, live(l, 0, { trace: model.trace(s.features, s.target) }))).toBe(true);
  });

  it('2: done only by typing the network’s answer for (3, 4): 13, not by following it', () => {
    const l = lesson('forward-propagation');
    expect(done(l, live(l, 0, { point: [3, 4], trace: referenceTrace(l, 0, 1) }))).toBe(false);
    expect(done(l, live(l, 0, { answers: { 0: 12 } }))).toBe(false);
    expect(done(l, live(l, 0, { answers: { 0: 13 } }))).toBe(true);
    const c = makeContext(l, live(l, 0));
    expect(l.answer!.value(c)).toBe(13);
  });

  it('3: done once, without ReLU, the walkthrough reaches the neuron where the numbers part ways', () => {
    const l = lesson('activation-functions');
    expect(done(l, live(l, 0, { step: 'loss' }))).toBe(false);
    expect(done(l, live(l, 1, { step: 'neuron:0:0' }))).toBe(false);
    expect(done(l, live(l, 1, { step: 'neuron:0:1' }))).toBe(true);
    expect(done(l, live(l, 1, { step: 'loss' }))).toBe(true);
  });

  it('4: done once the network is right on both A and B', () => {
    const l = lesson('prediction');
    expect(done(l, live(l, 0))).toBe(false);
    const right = createModel({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    right.setWeights([[[-20], [20]], [5]]); // A (1.66, 1.56): z = 3, class 1; B (2, 1.5): z = −5, class 0
    expect(done(l, live(l, 0, { model: right }))).toBe(true);
  });

  it('5: done with a hidden layer at 90% validation accuracy, not before', () => {
    const l = lesson('xor');
    expect(done(l, live(l, 0, { valAccuracy: 0.95 }))).toBe(false);
    expect(done(l, live(l, 1, { valAccuracy: 0.6 }))).toBe(false);
    expect(done(l, live(l, 1))).toBe(false);
    expect(done(l, live(l, 1, { valAccuracy: 0.92 }))).toBe(true);
  });

  it('6: done once training accuracy passes 90%', () => {
    const l = lesson('memorising-noise');
    expect(done(l, live(l, 0))).toBe(false);
    expect(done(l, live(l, 0, { trainAccuracy: 0.5 }))).toBe(false);
    expect(done(l, live(l, 0, { trainAccuracy: 0.93 }))).toBe(true);
  });

  it('7: done once a setting changed and the changed network trained an epoch, not by epochs alone', () => {
    const l = lesson('keras-workflow');
    expect(done(l, live(l, 0, { epoch: 40, trainedSinceChange: true }))).toBe(false);
    expect(done(l, live(l, 0, { epoch: 40, changed: ['the optimizer'] }))).toBe(false);
    expect(done(l, live(l, 0, { epoch: 41, changed: ['the optimizer'], trainedSinceChange: true }))).toBe(true);
  });
});
