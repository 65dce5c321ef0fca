// Opening a lesson on a page that has trained: the lesson starts afresh, and the numbers shown are its own.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFeatures, generate2D, splitTrainValidation, type Points2D } from '../../engine/index.ts';
import { useConfigStore } from '../../state/configStore.ts';
import { step } from '../../state/session.ts';
import { startTestSession, type TestSession } from '../../state/testSession.ts';
import { selectShownMetrics, useTrainingStore } from '../../state/trainingStore.ts';
import { flattenWeights, lessonById } from './lessons.ts';
import { stageConfig, stageModel } from './reference.ts';
import { applyStage, startLesson } from './run.ts';

let session: TestSession;

beforeEach(() => {
  // A lesson puts itself in the address; the test has no page, so an address of its own.
  const address = { pathname: '/', search: '', hash: '' };
  vi.stubGlobal('location', address);
  vi.stubGlobal('history', { state: null, replaceState: (_s: unknown, _t: string, url: string) => (address.hash = url.slice(url.indexOf('#'))) });
  session = startTestSession();
  session.advance(50);
  step('epoch');
  step('epoch');
  session.advance(200);
  expect(useTrainingStore.getState().epoch).toBe(2);
});

afterEach(() => {
  session.stop();
  vi.unstubAllGlobals();
});

describe('opening a lesson after training', () => {
  it('lesson 5 starts at epoch 0 with empty curves, on its seed’s weights, and shows those weights’ numbers', () => {
    const lesson = lessonById('xor')!;
    startLesson('xor');
    session.advance(300);
    const s = useTrainingStore.getState();
    expect(s.epoch).toBe(0);
    expect(s.history).toEqual([]);
    expect(s.marks).toEqual([]);
    // The weights its texts are computed from (reference.ts), not what the circle had taught the last model.
    const reference = stageModel(lesson, 0);
    expect(Array.from(s.params!)).toEqual(Array.from(reference.getParams()));
    const c = stageConfig(lesson, 0);
    const { train, validation } = splitTrainValidation(
      generate2D({ name: 'xor', numSamples: c.samples, noise: c.noise, seed: c.seed, classes: c.classes }),
      c.validationSplit,
      c.seed + 1,
    );
    const rows = (p: Points2D) => reference.evaluateBatch(applyFeatures(p.x, p.n, c.features), Float64Array.from(p.y), p.n);
    const shown = selectShownMetrics(s)!;
    expect(shown.accuracy).toBeCloseTo(rows(train).accuracy, 12);
    expect(shown.val_accuracy).toBeCloseTo(rows(validation).accuracy, 12);
    expect(shown.val_loss).toBeCloseTo(rows(validation).loss, 12);
  });

  it('its second stage starts afresh too', () => {
    const lesson = lessonById('xor')!;
    startLesson('xor');
    session.advance(300);
    step('epoch');
    session.advance(200);
    expect(useTrainingStore.getState().epoch).toBe(1);
    applyStage(lesson, 1);
    session.advance(300);
    const s = useTrainingStore.getState();
    expect(s.epoch).toBe(0);
    expect(s.history).toEqual([]);
    expect(Array.from(s.params!)).toEqual(Array.from(stageModel(lesson, 1).getParams()));
  });

  it('a lesson with exact weights gets them after the fresh start', () => {
    const lesson = lessonById('prediction')!;
    startLesson('prediction');
    session.advance(300);
    const s = useTrainingStore.getState();
    expect(s.epoch).toBe(0);
    expect(Array.from(s.params!)).toEqual(flattenWeights(lesson.stages[0].weights!));
  });

  it('a lesson that keeps the learner’s setup keeps their training too', () => {
    const before = useTrainingStore.getState().params;
    startLesson('keras-workflow');
    session.advance(300);
    expect(useConfigStore.getState().dataset).toBe('circle');
    expect(useTrainingStore.getState().epoch).toBe(2);
    expect(useTrainingStore.getState().params).toEqual(before);
  });
});
