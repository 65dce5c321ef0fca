// What the walkthrough asks of the worker: a pause and the optimiser's memory while it is open,
// one step on the sample it follows, and typed weights.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../../worker/protocol.ts';
import { useConfigStore } from '../../state/configStore.ts';
import { startTestSession, type TestSession } from '../../state/testSession.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { createModel } from '../../engine/index.ts';
import { makeSample } from './localModel.ts';
import { applyUpdate, closeWalkthrough, editParam, openWalkthrough, pickPoint } from './actions.ts';

// Every test starts from fresh stores (walkthrough included), so none depends on the ones before it.
let session: TestSession;
let sent: Command[];

beforeEach(() => {
  session = startTestSession();
  sent = session.sent;
  sent.length = 0;
});

afterEach(() => session.stop());

describe('walkthrough actions', () => {
  it('opening pauses training and asks for the optimiser; closing stops asking', () => {
    openWalkthrough({ typed: { point: [2, 3], label: 1 }, step: 'neuron:0:0' });
    expect(sent[0]).toEqual({ type: 'pause' });
    expect(sent.find((c) => c.type === 'view')).toMatchObject({ view: { optimizer: true } });
    expect(useWalkthroughStore.getState().step).toBe('neuron:0:0');
    expect(useViewStore.getState().walkthrough).toBe(true);
    sent.length = 0;
    closeWalkthrough();
    const view = sent.find((c) => c.type === 'view') as Extract<Command, { type: 'view' }>;
    expect(view.view.optimizer).toBeUndefined();
    expect(useViewStore.getState().highlight).toBeNull();
  });

  it('a picked point replaces a typed sample', () => {
    openWalkthrough({ typed: { point: [2, 3], label: 1 } });
    pickPoint({ set: 'validation', index: 4 });
    expect(useWalkthroughStore.getState().typed).toBeNull();
    expect(useViewStore.getState().pickedSample).toEqual({ set: 'validation', index: 4 });
  });

  it('applying an update sends this sample’s features and target, and remembers the loss before', () => {
    useConfigStore.getState().toggleFeature('x1sq');
    const features = useConfigStore.getState().features;
    const sample = makeSample([2, -1], 1, features, 'binary', 2);
    expect(sample.features).toEqual([2, -1, 4]);
    const model = createModel({ inputs: 3, layers: [{ units: 1, activation: 'sigmoid' }] }).compile({ loss: 'binary_crossentropy' });
    const trace = model.trace(sample.features, sample.target);
    useTrainingStore.setState({ params: model.getParams() });
    applyUpdate({ sample, id: 'typed:2,-1:1', origin: { kind: 'typed' } }, trace);
    expect(sent.at(-1)).toEqual({ type: 'trainSample', x: [2, -1, 4], y: [1] });
    expect(useWalkthroughStore.getState().update).toMatchObject({ sampleId: 'typed:2,-1:1', lossBefore: trace.backward!.value, count: 1 });
    applyUpdate({ sample, id: 'typed:2,-1:1', origin: { kind: 'typed' } }, trace);
    expect(useWalkthroughStore.getState().update!.count).toBe(2);
  });

  it('a typed weight goes to the worker and forgets the last update’s comparison', () => {
    useWalkthroughStore.getState().setUpdate({ sampleId: 'x', params: null, lossBefore: 1, outputBefore: [0], count: 1 });
    editParam(1, 0, -1, 0.5);
    expect(sent.at(-1)).toEqual({ type: 'setParam', layer: 1, unit: 0, input: -1, value: 0.5 });
    expect(useWalkthroughStore.getState().update).toBeNull();
  });
});
