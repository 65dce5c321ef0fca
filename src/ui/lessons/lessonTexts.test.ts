// Every sentence of every lesson, said in every stage and in several live states (nothing done yet,
// following a sample, trained, answered): no sentence may print NaN, Infinity or undefined, every
// percent is a percent, and a "coin toss" or "chance" is 1 / (the data's classes).
import { describe, expect, it } from 'vitest';
import { taskOf } from '../../setup/rules.ts';
import { stepKey, stepsOf } from '../walkthrough/steps.ts';
import { makeContext } from './context.ts';
import { LESSONS } from './lessons.ts';
import { referenceTrace, stageConfig, stageModel } from './reference.ts';
import type { Lesson, LessonContext, LiveState, Text } from './types.ts';

function liveStates(l: Lesson, stage: number): { name: string; live: LiveState }[] {
  const model = stageModel(l, stage);
  const base: LiveState = {
    stage,
    trace: null,
    point: null,
    model,
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
  };
  const steps = stepsOf(model.spec).map(stepKey);
  const following = l.samples.length ? { trace: referenceTrace(l, stage, 0), point: l.samples[0].point, step: l.walkthrough?.step ?? 'input', steps } : {};
  const c = makeContext(l, base);
  const answers: Record<number, number> = l.answer ? { 0: l.answer.value(c) } : {};
  return [
    { name: 'nothing done yet', live: base },
    { name: 'following a sample', live: { ...base, ...following } },
    {
      name: 'trained and answered',
      live: {
        ...base,
        ...following,
        step: steps.at(-1) ?? null,
        epoch: 12,
        valLoss: 0.31,
        valAccuracy: 0.55,
        trainAccuracy: 0.97,
        answers,
        changed: ['the optimizer'],
        trainedSinceChange: true,
      },
    },
    { name: 'answered wrong', live: { ...base, ...following, answers: l.answer ? { 0: l.answer.value(c) + 1 } : answers } },
  ];
}

/** The classes in a stage's data, worked out apart from the lesson context: one sigmoid unit tells two apart. */
function dataClasses(l: Lesson, stage: number): number {
  const task = taskOf(stageConfig(l, stage).dataset);
  const units = stageModel(l, stage).spec.layers.at(-1)!.units;
  return task === 'regression' ? 0 : task === 'binary' ? 2 : units;
}

const say = (t: Text, c: LessonContext) => (typeof t === 'string' ? t : t(c));

/** Every sentence a lesson can show in this state (success only once its check is met, as on the page). */
function sentences(l: Lesson, c: LessonContext): string[] {
  const texts: Text[] = [...l.intro, ...(l.notes ?? []).flatMap((n) => [n.question, n.answer]), l.task];
  if (l.answer) texts.push(l.answer.hint);
  if (l.done(c) && l.success) texts.push(l.success);
  return texts.map((t) => say(t, c));
}

/** The problems with one sentence, as readable strings (empty: none). */
function problemsOf(sentence: string, classes: number): string[] {
  const problems: string[] = [];
  if (/NaN|Infinity|undefined|null|\[object/.test(sentence)) problems.push('prints a number that is not one');
  const percents = [...sentence.matchAll(/(−|-)?(\d[\d,]*(?:\.\d+)?)%/g)].map((m) => ({ at: m.index!, value: Number(m[2].replace(/,/g, '')) * (m[1] ? -1 : 1) }));
  for (const p of percents) if (!(p.value >= 0 && p.value <= 100)) problems.push(`${p.value}% is not a percent`);
  for (const m of sentence.matchAll(/coin toss|chance/g)) {
    const nearest = [...percents].sort((a, b) => Math.abs(a.at - m.index!) - Math.abs(b.at - m.index!))[0];
    if (!nearest) continue;
    const expected = Number(((100 / classes) * 1).toFixed(1));
    if (nearest.value !== expected) problems.push(`"${m[0]}" is ${nearest.value}%, but ${classes} classes make it ${expected}%`);
  }
  return problems;
}

describe('every lesson sentence', () => {
  it('says real numbers: no NaN or undefined, percents within 0..100, a coin toss at 1 / classes', () => {
    let said = 0;
    for (const l of LESSONS) {
      l.stages.forEach((_, stage) => {
        for (const { name, live } of liveStates(l, stage)) {
          const c = makeContext(l, live);
          const classes = dataClasses(l, stage);
          for (const sentence of sentences(l, c)) {
            said += 1;
            expect(sentence, `${l.id}, stage ${stage}, ${name}`).toMatch(/\w/);
            expect(problemsOf(sentence, classes), `${l.id}, stage ${stage}, ${name}: ${sentence}`).toEqual([]);
          }
        }
      });
    }
    expect(said).toBeGreaterThan(60);
  });

  it('catches the kinds of mistake it looks for', () => {
    expect(problemsOf('it stays near 100.0%, a coin toss.', 2)).toEqual(['"coin toss" is 100%, but 2 classes make it 50%']);
    expect(problemsOf('it stays near 50.0%, a coin toss.', 2)).toEqual([]);
    expect(problemsOf('validation stays near chance, 10.0%.', 10)).toEqual([]);
    expect(problemsOf('an accuracy of 130.0%', 2)).toEqual(['130% is not a percent']);
    expect(problemsOf('a loss of NaN', 2)).toEqual(['prints a number that is not one']);
    expect(problemsOf('weights (undefined, 2)', 2)).toEqual(['prints a number that is not one']);
  });

  it('XOR’s coin toss is 50.0%: one sigmoid unit tells two classes apart', () => {
    const l = LESSONS.find((x) => x.id === 'xor')!;
    const c = makeContext(l, liveStates(l, 0)[0].live);
    expect(c.setup(0).classes).toBe(2);
    expect(sentences(l, c).join(' ')).toContain('it stays near 50.0%, a coin toss.');
  });
});
