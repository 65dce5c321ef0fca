// A teacher's lesson as a lesson like the built-in ones, so the same panel shows it.

import type { PlaygroundConfig } from '../../../setup/config.ts';
import { formatNumber } from '../../format.ts';
import type { Lesson, LessonContext, LessonStep } from '../types.ts';
import type { TeachCheck, TeachDoc } from './format.ts';
import { TEACHER_LESSON_ID } from './slot.ts';

const pct = (v: number) => `${formatNumber(v * 100, 1)}%`;

/** A check as the learner reads it, for the task a teacher has not written. */
export function describeCheck(check: TeachCheck): string {
  switch (check.kind) {
    case 'accuracy':
      return `Train until the validation accuracy is at least ${pct(check.min)}.`;
    case 'loss':
      return `Train until the validation loss is at most ${formatNumber(check.max, 4)}.`;
    case 'epochs':
      return `Train for at least ${check.min} ${check.min === 1 ? 'epoch' : 'epochs'}.`;
    case 'layers':
      return `Give the network ${check.count} hidden ${check.count === 1 ? 'layer' : 'layers'}.`;
    case 'activation':
      return `Make hidden layer ${check.layer} use the ${check.activation} activation.`;
    case 'answer':
      return 'Work out the answer and type it in.';
  }
}

function stepOf(check: TeachCheck, task: string, index: number): LessonStep {
  const done = (c: LessonContext): boolean => {
    switch (check.kind) {
      case 'accuracy':
        return c.valAccuracy() >= check.min;
      case 'loss':
        return c.valLoss() <= check.max;
      case 'epochs':
        return c.epoch() >= check.min;
      case 'layers':
        return c.config().hidden.length === check.count;
      case 'activation':
        return c.config().hidden[check.layer - 1]?.activation === check.activation;
      case 'answer': {
        const typed = c.answer(index);
        return typed !== null && Math.abs(typed - check.value) <= check.tolerance;
      }
    }
  };
  if (check.kind !== 'answer') return { task, done };
  return {
    task,
    done,
    answer: { label: 'Your answer', value: () => check.value, tolerance: check.tolerance, hint: 'Not quite: look again and try another answer.' },
  };
}

export function lessonOfDoc(doc: TeachDoc, config: PlaygroundConfig): Lesson {
  const steps = doc.steps.map((s, i) => stepOf(s.check, s.task, i));
  return {
    id: TEACHER_LESSON_ID,
    title: doc.title,
    summary: '',
    stages: [{ config, ...(doc.weights ? { weights: doc.weights } : {}) }],
    samples: [],
    walkthrough: null,
    intro: doc.paragraphs,
    task: doc.steps[0].task,
    done: (c) => steps.every((s) => s.done(c)),
    steps,
    success: doc.steps.length === 1 ? 'Done: that is what your teacher asked for.' : `All ${doc.steps.length} steps done: that is what your teacher asked for.`,
    teacher: true,
    locks: { locked: doc.locked, hidden: doc.hidden },
  };
}
