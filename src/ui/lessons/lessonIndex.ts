// The built-in lessons by id, title and one line for the menu: all the page needs before a lesson
// opens. Their content (lessons.ts, with its reference computations) loads on first use.

export interface LessonEntry {
  id: string;
  title: string;
  /** One line for the menu. */
  summary: string;
}

export const LESSON_INDEX: readonly LessonEntry[] = [
  { id: 'dot-product', title: 'A neuron is a dot product', summary: 'Multiply, add up: what one neuron computes, and why the same sum can print two ways.' },
  {
    id: 'forward-propagation',
    title: 'Forward propagation by hand',
    summary: 'Family members and accounts predict transactions: two hidden neurons and an output, worked through.',
  },
  { id: 'activation-functions', title: 'Why activation functions', summary: 'The same network with ReLU: one neuron switches off, and the answer changes.' },
  { id: 'prediction', title: 'A prediction, right and wrong', summary: 'One sigmoid neuron: a probability, a class, and gradient descent fixing a mistake.' },
  { id: 'xor', title: 'XOR needs a hidden layer', summary: 'No straight line separates XOR; one small hidden layer does it.' },
  { id: 'memorising-noise', title: 'Memorising noise', summary: 'Random inputs with random labels: training accuracy climbs, validation accuracy stays at chance.' },
  { id: 'keras-workflow', title: 'The Keras workflow', summary: 'Define, compile, fit, evaluate: where each happens here, and the Keras code for your setup.' },
];
