// A lesson's setup run through the engine: the config a stage sets, the model it describes and the
// trace of its exact weights on its samples. Lesson texts quote these numbers; tests check them.

import { createModel, type Model, type Trace } from '../../engine/index.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { modelSpecOf, taskOf } from '../../setup/rules.ts';
import { DEFAULT_CONFIG } from '../../setup/defaults.ts';
import { compileOptionsOf } from '../localModel.ts';
import { makeSample, type Sample } from '../walkthrough/sample.ts';
import type { Lesson, LessonSample } from './types.ts';

/** The whole setup of a stage: the defaults with the stage's changes. */
export function stageConfig(lesson: Lesson, stage: number): PlaygroundConfig {
  const st = lesson.stages[stage];
  return {
    ...DEFAULT_CONFIG,
    ...st.config,
    features: [...(st.config.features ?? DEFAULT_CONFIG.features)],
    hidden: (st.config.hidden ?? DEFAULT_CONFIG.hidden).map((l) => ({ ...l })),
  };
}

/** A compiled model of a stage with its exact weights (the seed's, if the stage sets none). */
export function stageModel(lesson: Lesson, stage: number): Model {
  const config = stageConfig(lesson, stage);
  const model = createModel(modelSpecOf(config), { seed: config.seed, initializer: config.initializer }).compile(compileOptionsOf(config));
  const weights = lesson.stages[stage].weights;
  if (weights) model.setWeights(weights);
  return model;
}

/** A lesson sample as the network sees it under a stage's setup. */
export function lessonSample(lesson: Lesson, stage: number, sample: LessonSample): Sample {
  const config = stageConfig(lesson, stage);
  const task = taskOf(config.dataset);
  return makeSample(sample.point, sample.label, config.features, task, task === 'multiclass' ? config.classes : 2);
}

export function referenceTrace(lesson: Lesson, stage: number, sampleIndex: number): Trace {
  const s = lessonSample(lesson, stage, lesson.samples[sampleIndex]);
  return stageModel(lesson, stage).trace(s.features, s.target);
}
