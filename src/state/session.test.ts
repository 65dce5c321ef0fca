import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../worker/protocol.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { useConfigStore } from './configStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { useViewStore } from './viewStore.ts';

const sent: Command[] = [];
vi.mock('../worker/client.ts', () => ({
  createTrainingClient: () => ({ send: (cmd: Command) => sent.push(cmd), dispose: () => {} }),
}));

const { play, startSession, togglePlay } = await import('./session.ts');

let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  useConfigStore.getState().replaceConfig(structuredClone(DEFAULT_CONFIG));
  useViewStore.getState().setTab('graph');
  useTrainingStore.getState().setPlaying(false);
  stop = startSession();
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

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
      vi.advanceTimersByTime(30);
    }
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(sent).toHaveLength(1);
    const next = sent[0] as Extract<Command, { type: 'configure' }>;
    expect(next.config.noise).toBe(10);
    expect(next.runId).toBeGreaterThan(first.runId);
  });

  it('sends nothing when an action leaves the setup as it was', () => {
    sent.length = 0;
    useConfigStore.getState().setNoise(0);
    useConfigStore.getState().setUnits(0, 0);
    vi.advanceTimersByTime(500);
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
});
