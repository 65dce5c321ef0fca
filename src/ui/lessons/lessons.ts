// The lessons, as data: the setup each one starts from (network, exact weights, data), the samples
// it walks through, a few sentences of what to look at, one thing to do, and how to tell it is done.
// One component (LessonPanel) renders them all. Every number in the text is computed with the engine
// from the lesson's own weights and samples (see reference.ts), never typed in.

import type { FeatureName } from '../../engine/index.ts';
import type { PlaygroundConfig } from '../../setup/config.ts';
import { LESSON_INDEX } from './lessonIndex.ts';
import { TEACHER_LESSON_ID, teacherLesson } from './teach/slot.ts';
import type { KerasWeights, Lesson } from './types.ts';

const PLANE: Partial<PlaygroundConfig> = {
  dataset: 'plane',
  noise: 0,
  features: ['x1', 'x2'] satisfies FeatureName[],
  loss: 'mse',
  optimizer: 'sgd',
  learningRate: 0.01,
  momentum: 0,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
  seed: 1,
};

const BODIES: Omit<Lesson, 'title' | 'summary'>[] = [
  {
    id: 'dot-product',
    stages: [
      {
        config: { ...PLANE, hidden: [{ units: 2, activation: 'linear' }] },
        weights: [
          [
            [1.26, 2.17],
            [0, 0.32],
          ],
          [0, 0],
          [[1], [-1]],
          [0],
        ],
      },
    ],
    samples: [{ name: 'the input', point: [1.72, 1.23], label: 0 }],
    walkthrough: { step: 'neuron:0:0' },
    intro: [
      (c) =>
        `Both neurons of layer 1 take the same input, (${c.list(c.sample(0).point)}), multiply it number by number with their own weights and add up: a dot product. ` +
        `Neuron 1’s weights (${c.list(c.incoming(0, 0, 0))}) give ${c.n(c.ref(0, 0).z(0, 0))}; neuron 2’s weights (${c.list(c.incoming(0, 0, 1))}) give ${c.n(c.ref(0, 0).z(0, 1))}.`,
      'The dot product is large when the weights point the same way as the input (and are long). Neuron 2’s weights are closer to the input, so its sum is larger: a neuron responds most to inputs that look like its weights.',
    ],
    notes: [
      {
        question: (c) => `Why do some worked solutions say ${c.truncated(c.ref(0, 0).z(0, 1), 4)}?`,
        answer: (c) => {
          const z = c.ref(0, 0).z(0, 1);
          return (
            `A computer works in binary, where decimals such as ${c.n(c.incoming(0, 0, 1)[0])} and ${c.n(c.sample(0).point[0])} have no exact form, so the sum comes out as ${String(z)} (hover any number in the walkthrough to see all its digits). ` +
            `Rounded to 4 decimals that is ${c.n(z, 4)}; cutting it off after 4 decimals instead of rounding gives ${c.truncated(z, 4)}.`
          );
        },
      },
    ],
    task: 'Your turn: give neuron 1 weights that make its dot product bigger than neuron 2’s. Click a weight in its formula and type a new one: try the input itself.',
    done: (c) => {
      const live = c.live();
      return live !== null && live.z(0, 0) > live.z(0, 1);
    },
    success: (c) => {
      const live = c.live()!;
      return `Neuron 1 now wins, ${c.n(live.z(0, 0))} to ${c.n(live.z(0, 1))}, and the output neuron (weights 1 and −1, so z₁ − z₂) has turned positive: ${c.n(live.output(0))}.`;
    },
  },
  {
    id: 'forward-propagation',
    stages: [
      {
        config: { ...PLANE, hidden: [{ units: 2, activation: 'linear' }] },
        weights: [
          [
            [1, -1],
            [1, 1],
          ],
          [0, 0],
          [[2], [-1]],
          [0],
        ],
      },
    ],
    samples: [
      { name: '2 family members, 3 accounts', point: [2, 3], label: 10 },
      { name: '3 family members, 4 accounts', point: [3, 4], label: 12 },
    ],
    walkthrough: { step: 'input' },
    intro: [
      'A bank predicts how many transactions a customer makes from two numbers: the members of their family (x₁) and the accounts they hold (x₂). The network has two hidden neurons and one output, no activation (each neuron passes on its sum), and every bias is 0.',
      (c) => {
        const r = c.ref(0, 0);
        return `For ${c.list(c.sample(0).point)}: hidden neuron 1 computes ${r.sum(0, 0)}, hidden neuron 2 computes ${r.sum(0, 1)}, and the output neuron ${r.sum(1, 0)} transactions.`;
      },
      'Step through with → (or Play) and watch each number arrive in the row of layer outputs under the step.',
    ],
    task: (c) =>
      `Your turn: on paper, work out what the network predicts for a customer with ${c.sample(1).point[0]} family members and ${c.sample(1).point[1]} accounts. Type your answer below and press Check; then follow (${c.list(c.sample(1).point)}) step by step to see the working.`,
    answer: {
      label: 'Transactions predicted',
      value: (c) => c.ref(0, 1).output(0),
      tolerance: 0,
      hint: (c) =>
        `Not quite. Work out each hidden neuron first (its weights times ${c.list(c.sample(1).point)}, added up), then the output neuron from those two; or follow (${c.list(c.sample(1).point)}) below and watch each number arrive.`,
    },
    done: (c) => {
      const typed = c.answer();
      return typed !== null && typed === c.ref(0, 1).output(0);
    },
    success: (c) => {
      const r = c.ref(0, 1);
      return `Right: ${c.n(r.output(0))}. For (${c.list(c.sample(1).point)}) hidden neuron 1 computes ${r.sum(0, 0)}, hidden neuron 2 computes ${r.sum(0, 1)}, and the output neuron ${r.sum(1, 0)}.`;
    },
    panel: 'samples',
  },
  {
    id: 'activation-functions',
    stages: [
      {
        config: { ...PLANE, hidden: [{ units: 2, activation: 'relu' }] },
        weights: [
          [
            [2, 4],
            [4, -5],
          ],
          [0, 0],
          [[2], [7]],
          [0],
        ],
      },
      {
        button: 'Linear (no activation)',
        config: { ...PLANE, hidden: [{ units: 2, activation: 'linear' }] },
        weights: [
          [
            [2, 4],
            [4, -5],
          ],
          [0, 0],
          [[2], [7]],
          [0],
        ],
      },
    ],
    samples: [{ name: 'the input', point: [3, 4], label: 50 }],
    walkthrough: { step: 'neuron:0:0' },
    intro: [
      (c) => {
        const r = c.ref(0, 0);
        return (
          `The same shape as before, but layer 1 uses ReLU: a = max(0, z). For the input (${c.list(c.sample(0).point)}), neuron 1’s sum is ${c.n(r.z(0, 0))} and passes through; ` +
          `neuron 2’s sum is ${c.n(r.z(0, 1))}, so ReLU switches it off and it passes on ${c.n(r.a(0, 1))}. The output is ${r.sum(1, 0)}.`
        );
      },
      (c) =>
        `With no activation, neuron 2 would pass on ${c.n(c.ref(1, 0).a(0, 1))} and the output would be ${c.ref(1, 0).sum(1, 0)}. Linear layers stacked on linear layers only ever add up to one straight-line function; the bend in ReLU is what lets a network draw curved boundaries.`,
    ],
    task: 'Your turn: switch the activation off with the button below, then step through again (→) until you reach the neuron where the numbers part ways.',
    // Done once, without ReLU, the walkthrough has reached layer 1's second neuron: its −8 now passes on.
    done: (c) => c.stage === 1 && c.reached('neuron:0:1'),
    success: (c) => `Without ReLU the output is ${c.n(c.ref(1, 0).output(0))} instead of ${c.n(c.ref(0, 0).output(0))}: neuron 2’s negative sum now counts against it.`,
  },
  {
    id: 'prediction',
    stages: [
      {
        config: {
          ...PLANE,
          dataset: 'gauss',
          hidden: [],
          loss: 'binary_crossentropy',
          optimizer: 'sgd',
          learningRate: 0.1,
        },
        weights: [[[1.45], [-0.66]], [0]],
      },
    ],
    samples: [
      { name: 'A', point: [1.66, 1.56], label: 1 },
      { name: 'B', point: [2, 1.5], label: 0 },
    ],
    walkthrough: { step: 'neuron:0:0' },
    intro: [
      (c) => {
        const r = c.ref(0, 0);
        return (
          `One sigmoid neuron and no hidden layer: it outputs p, the probability that a point is blue (class 1), and says class 1 when p is at least 0.5. With weights (${c.list(c.incoming(0, 0, 0))}) and bias ${c.n(c.bias(0, 0, 0))}, ` +
          `A = (${c.list(c.sample(0).point)}) gets z = ${c.n(r.z(0, 0))} and p = σ(z) = ${c.n(r.output(0), 7)}: class ${c.says(r.output(0))}. A is class ${c.sample(0).label}, so the network is ${c.says(r.output(0)) === c.sample(0).label ? 'right' : 'wrong'}.`
        );
      },
      (c) => {
        const r = c.ref(0, 1);
        return (
          `B = (${c.list(c.sample(1).point)}) gets p = ${c.n(r.output(0), 7)}: class ${c.says(r.output(0))}, but B is class ${c.sample(1).label}, so the network is ${c.says(r.output(0)) === c.sample(1).label ? 'right' : 'wrong'}, with a loss of ${c.n(r.loss())}. ` +
          'Follow B into the backward steps: its output delta is simply p − y, and every weight moves against its gradient.'
        );
      },
    ],
    task: 'Your turn: follow B into the backward steps, press Apply this update and watch B’s loss fall. A and B lie close together on opposite sides, so it takes many small steps: keep going (the bulk button helps) until both are right.',
    done: (c) => {
      const p = c.predictions();
      return p.length > 0 && p.every((x) => x.correct);
    },
    success: (c) => {
      const [a, b] = c.predictions();
      return `Both right: A at p = ${c.n(a.p)} (class 1) and B at p = ${c.n(b.p)} (class 0).`;
    },
    panel: 'predictions',
  },
  {
    id: 'xor',
    stages: [
      {
        config: {
          dataset: 'xor',
          noise: 0,
          features: ['x1', 'x2'],
          hidden: [],
          loss: 'binary_crossentropy',
          optimizer: 'adam',
          learningRate: 0.03,
          batchSize: 10,
          regularization: 'none',
          regularizationRate: 0,
          seed: 1,
        },
      },
      {
        button: 'Add a hidden layer',
        config: {
          dataset: 'xor',
          noise: 0,
          features: ['x1', 'x2'],
          hidden: [{ units: 4, activation: 'tanh' }],
          loss: 'binary_crossentropy',
          optimizer: 'adam',
          learningRate: 0.03,
          batchSize: 10,
          regularization: 'none',
          regularizationRate: 0,
          seed: 1,
        },
      },
    ],
    samples: [],
    walkthrough: null,
    intro: [
      'XOR: blue where x₁ and x₂ have the same sign, orange where they differ. No straight line can separate the colours.',
      (c) =>
        `With no hidden layer the network is a single sigmoid neuron, and its boundary is a straight line. Press Play and watch the validation accuracy: it stays near ${c.percent(1 / c.setup(0).classes)}, a coin toss.`,
      (c) =>
        `Then add a hidden layer of ${c.setup(1).layers[0]} tanh neurons and play again. Each hidden neuron draws its own line (see its picture in the graph); the output neuron combines them into the cross the data needs.`,
    ],
    task: (c) =>
      c.stage === 0
        ? 'Your turn: press Play for a few seconds and read the validation accuracy. Then press Add a hidden layer below and play again.'
        : 'Your turn: press Play and watch the hidden neurons’ pictures: which lines do they draw?',
    done: (c) => c.stage === 1 && c.valAccuracy() >= 0.9,
    success: (c) => `Validation accuracy ${c.percent(c.valAccuracy())}: four bent lines combined make the cross no single line could.`,
  },
  {
    id: 'memorising-noise',
    stages: [
      {
        config: {
          dataset: 'noise',
          samples: 1000,
          validationSplit: 0.2,
          hidden: [{ units: 128, activation: 'relu' }],
          loss: 'categorical_crossentropy',
          optimizer: 'adam',
          learningRate: 0.001,
          momentum: 0,
          batchSize: 32,
          regularization: 'none',
          regularizationRate: 0,
          seed: 1,
        },
      },
    ],
    samples: [],
    walkthrough: null,
    intro: [
      (c) => {
        const s = c.setup(0);
        return `${s.samples.toLocaleString('en')} rows of ${s.inputs} random numbers, each given a random label out of ${s.classes} classes: there is no pattern to find. ${s.train} rows are for training, ${s.validation} are kept for validation.`;
      },
      (c) => {
        const s = c.setup(0);
        return (
          `A hidden layer of ${s.layers[0]} neurons gives the network ${s.params.toLocaleString('en')} weights and biases for ${s.train} training rows: room enough to learn every label by heart. ` +
          `Press Play and watch the learning curves: training accuracy climbs towards 100%, while validation accuracy stays near chance, ${c.percent(1 / s.classes)}. Memorising is not learning.`
        );
      },
    ],
    task: 'Your turn: set the speed to full, press Play, and wait until the training accuracy passes 90%. Where is the validation accuracy then?',
    done: (c) => c.trainAccuracy() >= 0.9,
    success: (c) =>
      `Training accuracy ${c.percent(c.trainAccuracy())}, validation accuracy ${c.percent(c.valAccuracy())}: the network remembers its ${c.setup(0).train} training rows and knows nothing about new ones.`,
  },
  {
    id: 'keras-workflow',
    stages: [{ config: {} }],
    keepsSetup: true,
    samples: [],
    walkthrough: null,
    intro: [
      'Keras builds and trains a network in four calls. Click each word to see which part of this page does the same job; the code underneath is the Keras script Export code writes for the setup on the page, its trained weights included, and follows every change you make.',
    ],
    task: 'Your turn: change a setting (the optimizer, or a layer’s activation) and watch the code follow. Then press Play and read what evaluate reports.',
    // Done once the learner has changed a setting and trained the changed network for an epoch.
    done: (c) => c.changed().length > 0 && c.trainedSinceChange(),
    success: (c) =>
      `You changed ${c.changed().join(', ')}. After ${c.epoch()} epochs, evaluating on the validation data gives a loss of ${c.n(c.valLoss())}${c.valAccuracy() >= 0 ? ` and an accuracy of ${c.percent(c.valAccuracy())}` : ''}.`,
    panel: 'keras',
  },
];

/** Every built-in lesson, named and summed up as the menu's index says. */
export const LESSONS: Lesson[] = LESSON_INDEX.map((entry) => {
  const body = BODIES.find((b) => b.id === entry.id);
  if (!body) throw new Error(`lesson ${entry.id} is in the index but has no content`);
  return { ...entry, ...body };
});

export function lessonById(id: string | null): Lesson | null {
  if (id === TEACHER_LESSON_ID) return teacherLesson();
  return LESSONS.find((l) => l.id === id) ?? null;
}

/** Keras order flattened for setParams: every kernel row-major, then its bias, layer by layer. */
export function flattenWeights(weights: KerasWeights): number[] {
  return weights.flatMap((w) => (Array.isArray(w[0]) ? (w as number[][]).flat() : (w as number[])));
}
