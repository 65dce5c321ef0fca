// What a lesson's sentences may quote: the engine's numbers for the lesson's own setup, and the live
// network's. Pure: the panel builds one from the stores, tests build one from plain values.

import type { Trace } from '../../engine/index.ts';
import { taskOf } from '../../setup/rules.ts';
import { formatFactor, formatNumber } from '../format.ts';
import type { Lesson, LessonContext, LiveState, TraceReader } from './types.ts';
import { lessonSample, referenceTrace, stageConfig, stageModel } from './reference.ts';

export function readTrace(trace: Trace): TraceReader {
  const neuron = (l: number, j: number) => trace.forward.layers[l].neurons[j];
  return {
    z: (l, j) => neuron(l, j).z,
    a: (l, j) => neuron(l, j).a,
    output: (j) => trace.forward.output[j],
    loss: () => trace.backward?.value ?? NaN,
    sum: (l, j, d = 4) => {
      const n = neuron(l, j);
      const parts = n.weights.map((w, i) => `${formatFactor(w, d)}·${formatFactor(n.inputs[i], d)}`);
      if (n.bias !== 0) parts.push(formatFactor(n.bias, d));
      return `${parts.join(' + ')} = ${formatNumber(n.z, d)}`;
    },
  };
}

export function makeContext(lesson: Lesson, live: LiveState): LessonContext {
  const refs = new Map<string, TraceReader>();
  return {
    stage: live.stage,
    n: (v, d = 4) => formatNumber(v, d),
    list: (values, d = 4) => values.map((v) => formatNumber(v, d)).join(', '),
    truncated: (v, d) => formatNumber(Math.trunc(v * 10 ** d) / 10 ** d, d),
    percent: (v) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—'),
    sample: (i) => lesson.samples[i],
    incoming: (stage, layer, unit) => ((lesson.stages[stage].weights?.[2 * layer] as number[][] | undefined) ?? []).map((row) => row[unit]),
    bias: (stage, layer, unit) => (lesson.stages[stage].weights?.[2 * layer + 1] as number[] | undefined)?.[unit] ?? 0,
    says: (p) => (p >= 0.5 ? 1 : 0),
    ref: (stage, sample) => {
      const key = `${stage}:${sample}`;
      let r = refs.get(key);
      if (!r) {
        r = readTrace(referenceTrace(lesson, stage, sample));
        refs.set(key, r);
      }
      return r;
    },
    live: () => (live.trace ? readTrace(live.trace) : null),
    following: (i) => live.point !== null && live.point[0] === lesson.samples[i].point[0] && live.point[1] === lesson.samples[i].point[1],
    predictions: () => {
      if (!live.model) return [];
      return lesson.samples.map((s) => {
        const x = lessonSample(lesson, live.stage, s).features;
        const p = live.model!.predict([x])[0][0];
        const predicted = p >= 0.5 ? 1 : 0; // as the engine counts a binary prediction right
        return { p, predicted, correct: predicted === s.label };
      });
    },
    epoch: () => live.epoch,
    reached: (key) => {
      const at = live.step === null ? -1 : live.steps.indexOf(live.step);
      const target = live.steps.indexOf(key);
      return at >= 0 && target >= 0 && at >= target;
    },
    answer: (step = 0) => live.answers[step] ?? null,
    changed: () => live.changed,
    trainedSinceChange: () => live.trainedSinceChange,
    config: () => live.config,
    valLoss: () => live.valLoss,
    valAccuracy: () => live.valAccuracy,
    trainAccuracy: () => live.trainAccuracy,
    setup: (stage) => {
      const config = stageConfig(lesson, stage);
      const spec = stageModel(lesson, stage).spec;
      const validation = Math.round(config.samples * config.validationSplit);
      let params = 0;
      let fanIn = spec.inputs;
      for (const l of spec.layers) {
        params += fanIn * l.units + l.units;
        fanIn = l.units;
      }
      // Classes in the data, not output units: one sigmoid unit tells two classes apart.
      const task = taskOf(config.dataset);
      const classes = task === 'regression' ? 0 : task === 'binary' ? 2 : spec.layers.at(-1)!.units;
      return { samples: config.samples, train: config.samples - validation, validation, inputs: spec.inputs, classes, params, layers: spec.layers.map((l) => l.units) };
    },
  };
}
