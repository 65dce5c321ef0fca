// A teacher's lesson survives a link and a file exactly; anything malformed gives a message, never a throw.
import { describe, expect, it } from 'vitest';
import { createModel } from '../../../engine/index.ts';
import { DEFAULT_CONFIG } from '../../../setup/defaults.ts';
import { modelSpecOf } from '../../../setup/rules.ts';
import { emphasisParts } from '../emphasis.ts';
import { docOfDraft, NEW_DRAFT } from './draft.ts';
import { makeTeachDoc, parseTeachJson, readTeachDoc, type TeachDoc } from './format.ts';
import { kerasWeightsOf } from '../kerasWeights.ts';
import { lessonOfDoc } from './lesson.ts';
import { decodeTeachLink, encodeTeachLink, MAX_LINK_CHARS } from './link.ts';

const config = { ...DEFAULT_CONFIG, dataset: 'xor' as const, hidden: [{ units: 3, activation: 'relu' as const }] };
const spec = modelSpecOf(config);
const params = createModel(spec, { seed: 7 }).getParams();

function sample(): TeachDoc {
  return makeTeachDoc({
    title: 'XOR with *three* neurons',
    paragraphs: ['Three **ReLU** neurons: can they draw the cross?', 'Watch the pictures <b>in the graph</b>.'],
    weights: kerasWeightsOf(spec, params),
    steps: [
      { task: 'Train to 90%.', check: { kind: 'accuracy', min: 0.9 } },
      { task: 'What is 2 + 2?', check: { kind: 'answer', value: 4, tolerance: 0.01 } },
      { task: 'Use tanh.', check: { kind: 'activation', layer: 1, activation: 'tanh' } },
    ],
    locked: ['dataset', 'optimizer'],
    hidden: ['metrics'],
    config,
  });
}

describe('teacher lessons: the format', () => {
  it('round-trips through a link and through a file, exactly', async () => {
    const doc = sample();
    const link = await encodeTeachLink(doc);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(MAX_LINK_CHARS);
    const back = await decodeTeachLink(link);
    expect(back.ok && back.doc).toEqual(doc);
    const file = parseTeachJson(JSON.stringify(doc, null, 2));
    expect(file.ok && file.doc).toEqual(doc);
    expect(file.ok && file.config.hidden).toEqual(config.hidden);
    // Weights come back in Keras order and set exactly the parameters the page had.
    const model = createModel(spec);
    model.setWeights(doc.weights!);
    expect(Array.from(model.getParams())).toEqual(Array.from(params));
  });

  it('a draft becomes a lesson whose checks read the page', () => {
    const made = docOfDraft({ ...NEW_DRAFT, title: 'T', free: ['learningRate', 'play'], shown: ['output', 'curves'] }, config, spec, params);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.doc.locked).not.toContain('learningRate');
    expect(made.doc.locked).toContain('dataset');
    expect(made.doc.hidden).toEqual(['data', 'network', 'metrics', 'compile', 'fit']);
    expect(made.doc.steps[0].task).toBe('Train until the validation accuracy is at least 90%.');
    const lesson = lessonOfDoc(made.doc, config);
    expect(lesson.steps).toHaveLength(1);
    expect(docOfDraft({ ...NEW_DRAFT, title: '' }, config, spec, params)).toEqual({ ok: false, message: 'The title is empty.' });
    expect(docOfDraft({ ...NEW_DRAFT, title: 'T' }, config, null, null).ok).toBe(false);
  });

  const malformed: [string, unknown, RegExp][] = [
    ['not an object', 42, /not a Layerlab lesson/],
    ['another format', { format: 'x' }, /not a Layerlab lesson/],
    ['a newer version', { ...sample(), version: 2 }, /newer Layerlab \(format 2\)/],
    ['no version', { ...sample(), version: 'one' }, /no format version/],
    ['an empty title', { ...sample(), title: '  ' }, /The title is empty/],
    ['a title too long', { ...sample(), title: 'x'.repeat(121) }, /longer than 120/],
    ['a paragraph that is not text', { ...sample(), paragraphs: ['a', 3] }, /Paragraph 2 should be text/],
    ['paragraphs not a list', { ...sample(), paragraphs: 'a' }, /paragraphs should be a list/],
    ['no setup', { ...sample(), setup: undefined }, /no setup/],
    ['a setup with a wrong value', { ...sample(), setup: 'data=xor&lr=banana' }, /setup is not one this page can load/],
    ['a CSV setup', { ...sample(), setup: 'data=csv' }, /setup is not one this page can load: A CSV file stays on your computer/],
    ['weights of the wrong shape', { ...sample(), weights: [[[1, 2, 3]], [0, 0, 0], [[1], [1], [1]], [0]] }, /weights of layer 1 should be 2 rows of 3 numbers/],
    ['too few weight arrays', { ...sample(), weights: [[[1]]] }, /should be 4 arrays/],
    [
      'a NaN in the biases',
      {
        ...sample(),
        weights: [
          [
            [1, 2, 3],
            [1, 2, 3],
          ],
          [0, null, 0],
          [[1], [1], [1]],
          [0],
        ],
      },
      /biases of layer 1 should be 3 numbers/,
    ],
    ['no steps', { ...sample(), steps: [] }, /no steps/],
    ['a step without a task', { ...sample(), steps: [{ check: { kind: 'epochs', min: 3 } }] }, /Step 1's task should be text/],
    ['an unknown check', { ...sample(), steps: [{ task: 'a', check: { kind: 'vibes' } }] }, /check this page does not know \("vibes"\)/],
    ['an accuracy above 1', { ...sample(), steps: [{ task: 'a', check: { kind: 'accuracy', min: 90 } }] }, /from 0 to 1/],
    ['accuracy on regression', { ...sample(), setup: 'data=plane', weights: null, steps: [{ task: 'a', check: { kind: 'accuracy', min: 0.9 } }] }, /regression/],
    ['a fractional epoch count', { ...sample(), steps: [{ task: 'a', check: { kind: 'epochs', min: 2.5 } }] }, /whole number/],
    [
      'softmax in a hidden layer',
      { ...sample(), steps: [{ task: 'a', check: { kind: 'activation', layer: 1, activation: 'softmax' } }] },
      /not an activation a hidden layer can use/,
    ],
    ['a negative tolerance', { ...sample(), steps: [{ task: 'a', check: { kind: 'answer', value: 1, tolerance: -1 } }] }, /tolerance/],
    ['an unknown control', { ...sample(), locked: ['everything'] }, /"everything" is not one of the controls/],
    ['an unknown panel', { ...sample(), hidden: ['header'] }, /"header" is not one of the panels/],
  ];
  it.each(malformed)('%s: a message, nothing loaded', (_, raw, message) => {
    const result = readTeachDoc(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('damaged links and files: a message, never a throw', async () => {
    const link = await encodeTeachLink(sample());
    for (const bad of ['', '!!!', 'a', link.slice(0, link.length / 2), `${link.slice(0, -4)}AAAA`, 'AAAAAAAA', btoa('{"format":"layerlab-lesson"}')]) {
      const result = await decodeTeachLink(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/\w/);
    }
    expect(parseTeachJson('{ not json')).toEqual({ ok: false, message: 'This is not a Layerlab lesson: it is not even JSON.' });
    expect(parseTeachJson('null').ok).toBe(false);
  });

  it('emphasis is text, never markup', () => {
    expect(emphasisParts('a *b* **c** <i>d</i> * e')).toEqual([{ text: 'a ' }, { text: 'b', em: true }, { text: ' ' }, { text: 'c', strong: true }, { text: ' <i>d</i> * e' }]);
  });
});
