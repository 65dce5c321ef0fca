// The live side of a lesson's context: the stores read into the plain values makeContext needs, and
// the bookkeeping its checks read (what the learner changed, whether they trained since).

import { useEffect, useMemo } from 'react';
import { configOf, useConfigStore } from '../../state/configStore.ts';
import { encodeConfig } from '../../state/url.ts';
import { selectLessonProgress, useLessonStore } from '../../state/lessonStore.ts';
import { selectShownMetrics, useTrainingStore } from '../../state/trainingStore.ts';
import { selectWalkthrough, useViewStore } from '../../state/viewStore.ts';
import { selectStep, useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { stepKey, stepsOf } from '../walkthrough/steps.ts';
import { useLocalModel, usePlaygroundConfig, useWalkthroughData } from '../walkthrough/useWalkthrough.ts';
import { makeContext } from './context.ts';
import { changedSettings } from './run.ts';
import type { Lesson, LessonContext, Text } from './types.ts';

export function say(text: Text, c: LessonContext): string {
  return typeof text === 'string' ? text : text(c);
}

/** A check that cannot be computed yet (a trace on its way) is not met. */
export function isDone(check: { done?: (c: LessonContext) => boolean }, c: LessonContext): boolean {
  try {
    return check.done?.(c) ?? false;
  } catch {
    return false;
  }
}

export function useLessonContext(lesson: Lesson, stage: number): LessonContext {
  const config = usePlaygroundConfig();
  const built = useLocalModel(config);
  const walk = useWalkthroughData();
  const open = useViewStore(selectWalkthrough);
  const latest = useTrainingStore(selectShownMetrics);
  const epoch = useTrainingStore((s) => s.epoch);
  const progress = useLessonStore(selectLessonProgress);
  const step = useWalkthroughStore(selectStep);
  const model = 'model' in built ? built.model : null;
  const trace = open && walk.ready ? walk.trace : null;
  const point = open && walk.ready ? walk.choice.sample.point : null;
  const spec = walk.ready ? walk.spec : null;
  const steps = useMemo(() => (spec ? stepsOf(spec).map(stepKey) : []), [spec]);
  return useMemo(
    () =>
      makeContext(lesson, {
        stage,
        trace,
        point,
        model,
        epoch,
        valLoss: latest?.val_loss ?? NaN,
        valAccuracy: latest?.val_accuracy ?? NaN,
        trainAccuracy: latest?.accuracy ?? NaN,
        step: open ? step : null,
        steps,
        answers: progress.answers,
        changed: changedSettings(progress.baseline, config),
        trainedSinceChange: progress.trainedSinceChange,
        config,
      }),
    [lesson, stage, trace, point, model, epoch, latest, open, step, steps, progress, config],
  );
}

/** While a lesson is open: a change to the setup restarts "trained since", an epoch more sets it. */
export function useProgressTracking(): void {
  useEffect(() => {
    const stopConfig = useConfigStore.subscribe((s, p) => {
      if (encodeConfig(configOf(s)) !== encodeConfig(configOf(p))) useLessonStore.getState().noteChange();
    });
    const stopTraining = useTrainingStore.subscribe((s, p) => {
      if (s.epoch > p.epoch) useLessonStore.getState().noteTrained();
    });
    return () => {
      stopConfig();
      stopTraining();
    };
  }, []);
}
