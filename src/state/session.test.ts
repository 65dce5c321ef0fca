// The session against the real runner, in-process (see testSession.ts): what goes to the worker, and
// what the stores show when it answers or dies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../worker/protocol.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { useConfigStore } from './configStore.ts';
import { pause, play, step, togglePlay } from './session.ts';
import { latestSnapshot } from './snapshot.ts';
import { startTestSession, type TestSession } from './testSession.ts';
import { selectShownMetrics, useTrainingStore } from './trainingStore.ts';
import { useViewStore } from './viewStore.ts';

let session: TestSession;
let sent: Command[];

beforeEach(() => {
  session = startTestSession();
  sent = session.sent;
});

afterEach(() => session.stop());

const types = () => sent.map((c) => c.type);

describe('session', () => {
  it('asks for the visible views, sets the speed and configures on start', () => {
    expect(sent).toEqual([
      { type: 'view', view: { outputGrid: 64, neuronGrid: 24 } },
      { type: 'speed', speed: useTrainingStore.getState().speed },
      { type: 'configure', runId: expect.any(Number), config: DEFAULT_CONFIG },
    ]);
  });

  it('coalesces a slider drag into one configure with a newer run id', () => {
    const first = sent[2] as Extract<Command, { type: 'configure' }>;
    sent.length = 0;
    for (let noise = 1; noise <= 10; noise++) {
      useConfigStore.getState().setNoise(noise);
      session.advance(30);
    }
    expect(sent).toEqual([]);
    session.advance(100);
    expect(sent).toHaveLength(1);
    const next = sent[0] as Extract<Command, { type: 'configure' }>;
    expect(next.config.noise).toBe(10);
    expect(next.runId).toBeGreaterThan(first.runId);
  });

  it('sends nothing when an action leaves the setup as it was', () => {
    sent.length = 0;
    useConfigStore.getState().setNoise(0);
    useConfigStore.getState().setUnits(0, 0);
    session.advance(500);
    expect(sent).toEqual([]);
  });

  it('sends a pending setup before the command that should act on it', () => {
    sent.length = 0;
    useConfigStore.getState().setLearningRate(0.1);
    play();
    expect(types()).toEqual(['configure', 'play']);
    expect(useTrainingStore.getState().playing).toBe(true);
    togglePlay();
    expect(types()).toEqual(['configure', 'play', 'pause']);
  });

  it('stops asking for neuron pictures while the graph is hidden', () => {
    sent.length = 0;
    useViewStore.getState().setTab('summary');
    useViewStore.getState().setShowValidation(false);
    useViewStore.getState().setTab('graph');
    expect(sent).toEqual([
      { type: 'view', view: { outputGrid: 64, neuronGrid: 0 } },
      { type: 'view', view: { outputGrid: 64, neuronGrid: 24 } },
    ]);
  });

  it('shows the worker’s frames in the training store while it trains', () => {
    session.advance(50);
    expect(useTrainingStore.getState().spec?.inputs).toBe(2);
    play();
    session.advance(2000);
    const { epoch, history, params } = useTrainingStore.getState();
    expect(epoch).toBeGreaterThan(0);
    expect(history.at(-1)?.epoch).toBe(epoch);
    expect(params).toEqual(session.frames().at(-1)!.params);
  });

  it('after new data, the metrics shown are the current weights’ (no epoch row added), until the next epoch ends', () => {
    session.advance(50);
    step('epoch');
    step('epoch');
    session.advance(100);
    const circle = useTrainingStore.getState().history.at(-1)!;
    expect(selectShownMetrics(useTrainingStore.getState())).toBe(circle);
    useConfigStore.getState().setDataset('xor');
    session.advance(300);
    const s = useTrainingStore.getState();
    expect(s.epoch).toBe(2);
    expect(s.history.map((r) => r.epoch)).toEqual([1, 2]);
    expect(s.current).toMatchObject({ epoch: 2, batchInEpoch: 0 });
    expect(selectShownMetrics(s)).toBe(s.current!.metrics);
    expect(s.current!.metrics!.val_accuracy).not.toBe(circle.val_accuracy);
    // Frames that follow keep the same object, so the panel does not repaint with each of them.
    const kept = s.current;
    useViewStore.getState().setTab('summary');
    session.advance(100);
    expect(useTrainingStore.getState().current).toBe(kept);
    step('epoch');
    session.advance(100);
    expect(useTrainingStore.getState().current).toBeNull();
    expect(selectShownMetrics(useTrainingStore.getState())?.epoch).toBe(3);
  });
});

describe('a dead worker', () => {
  function trainThenPause(ms: number): number {
    play();
    session.advance(ms);
    pause();
    session.advance(50);
    return useTrainingStore.getState().epoch;
  }

  it('keeps a checkpoint at least every second while training, and on pause', () => {
    play();
    session.advance(1100);
    const during = latestSnapshot()!;
    expect(during.checkpoint.epoch).toBeGreaterThan(0);
    pause();
    session.advance(50);
    const paused = latestSnapshot()!;
    expect(paused.checkpoint.epoch).toBe(useTrainingStore.getState().epoch);
    expect(paused.checkpoint.params).toEqual(useTrainingStore.getState().params);
    expect(paused.checkpoint.optimizer?.slots.length).toBeGreaterThan(0);
    expect(paused.config).toEqual(DEFAULT_CONFIG);
  });

  it('that went silent while training is replaced and goes on from the last checkpoint, not epoch 0', () => {
    const epoch = trainThenPause(1500);
    const params = useTrainingStore.getState().params!.slice();
    play();
    session.killWorker();
    session.advance(6000);
    expect(session.workers()).toBe(2);
    expect(useTrainingStore.getState().sessionNotice?.text).toBe(`The training worker stopped (it stopped answering); a new one resumed from epoch ${epoch}.`);
    // The first frame after the new worker restored carries exactly the checkpoint's weights and epoch...
    const restoredAt = session.received.findIndex((m) => m.type === 'restored');
    const resumed = session.received.slice(restoredAt).find((m) => m.type === 'frame')!;
    expect(resumed).toMatchObject({ epoch, historyFrom: 0 });
    expect(resumed.type === 'frame' && Array.from(resumed.params)).toEqual(Array.from(params));
    // ...and training goes on from there, playing as before.
    expect(useTrainingStore.getState().epoch).toBeGreaterThan(epoch);
    expect(useTrainingStore.getState().playing).toBe(true);
    expect(useTrainingStore.getState().history[0].epoch).toBe(1);
  });

  it('that threw is replaced at once, paused as it was, mid-epoch exactly where it stopped', () => {
    const epoch = trainThenPause(1000);
    for (let i = 0; i < 3; i++) step('batch');
    session.advance(100);
    const { iteration, batch, params } = useTrainingStore.getState();
    session.crashWorker('boom');
    session.advance(100);
    expect(session.workers()).toBe(2);
    expect(useTrainingStore.getState().sessionNotice?.text).toBe(`The training worker stopped (it hit an error (boom)); a new one resumed from epoch ${epoch}.`);
    expect(useTrainingStore.getState()).toMatchObject({ epoch, iteration, batch, params, playing: false });
  });

  it('that went silent while paused is not replaced (it may be busy with a long step)', () => {
    trainThenPause(500);
    session.killWorker();
    session.advance(10_000);
    expect(session.workers()).toBe(1);
  });
});

describe('a reload', () => {
  it('says it restored a session that trained, and goes on from its epoch', () => {
    play();
    session.advance(1000);
    pause();
    session.advance(50);
    const stored = latestSnapshot()!;
    session.stop();
    session = startTestSession({ resume: stored });
    session.advance(100);
    expect(useTrainingStore.getState().epoch).toBe(stored.checkpoint.epoch);
    expect(useTrainingStore.getState().sessionNotice?.text).toBe(`Restored your session from epoch ${stored.checkpoint.epoch.toLocaleString('en-US')}`);
  });

  it('restores quietly a session that never trained a batch (a link opened, then reloaded)', () => {
    session.advance(100);
    const stored = latestSnapshot()!;
    expect(stored.checkpoint.iteration).toBe(0);
    session.stop();
    session = startTestSession({ resume: stored });
    session.advance(100);
    expect(useTrainingStore.getState().params).toEqual(stored.checkpoint.params);
    expect(useTrainingStore.getState().sessionNotice).toBeNull();
  });
});
