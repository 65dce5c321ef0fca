import { beforeEach, describe, expect, it } from 'vitest';
import type { EpochLog } from '../engine/index.ts';
import type { FrameMessage } from '../worker/protocol.ts';
import { mergeHistory, selectHistorySnapshot, selectLatestMetrics, useTrainingStore } from './trainingStore.ts';

const row = (epoch: number): EpochLog => ({ epoch, loss: 1 / epoch, penalty: 0, val_loss: 1 / epoch, accuracy: 0.5, val_accuracy: 0.5 });

describe('mergeHistory', () => {
  let history: EpochLog[];
  beforeEach(() => {
    history = [row(1), row(2), row(3)];
  });

  it('replaces the history from index 0', () => {
    expect(mergeHistory(history, 0, [row(1)])).toEqual([row(1)]);
  });

  it('appends at the end in place, so long runs do not copy the whole log every frame', () => {
    const merged = mergeHistory(history, 3, [row(4)]);
    expect(merged).toBe(history);
    expect(merged).toEqual([row(1), row(2), row(3), row(4)]);
  });

  it('rewrites from the given index on', () => {
    const revised = { ...row(3), loss: 9 };
    const merged = mergeHistory(history, 2, [revised]);
    expect(merged).toEqual([row(1), row(2), revised]);
    expect(history).toEqual([row(1), row(2), row(3)]);
  });

  it('keeps the same array when nothing is new', () => {
    expect(mergeHistory(history, 3, [])).toBe(history);
  });
});

describe('training store', () => {
  const frame = (historyFrom: number, history: EpochLog[]): FrameMessage => ({
    type: 'frame',
    runId: 1,
    spec: { inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] },
    epoch: history.at(-1)?.epoch ?? 0,
    batchInEpoch: 0,
    batchesPerEpoch: 5,
    batchLoss: NaN,
    iteration: 0,
    playing: true,
    historyFrom,
    history,
    params: new Float64Array(3),
    outputGrid: new Float32Array(0),
    outputGridSize: 0,
    neuronGrids: new Float32Array(0),
    neuronGridSize: 0,
    optimizer: null,
    diverged: null,
  });

  it('bumps the history version only when rows change', () => {
    const apply = useTrainingStore.getState().applyMessage;
    apply(frame(0, [row(1)]));
    const v1 = useTrainingStore.getState().historyVersion;
    apply(frame(1, []));
    expect(useTrainingStore.getState().historyVersion).toBe(v1);
    apply(frame(1, [row(2)]));
    expect(useTrainingStore.getState().historyVersion).toBe(v1 + 1);
    expect(selectLatestMetrics(useTrainingStore.getState())).toEqual(row(2));
    apply(frame(0, []));
    expect(useTrainingStore.getState().historyVersion).toBe(v1 + 2);
    expect(useTrainingStore.getState().history).toEqual([]);
  });

  it('gives memos over the history a new snapshot with each new row, though the array grows in place', () => {
    const apply = useTrainingStore.getState().applyMessage;
    apply(frame(0, [row(1)]));
    const first = selectHistorySnapshot(useTrainingStore.getState());
    apply(frame(1, []));
    expect(selectHistorySnapshot(useTrainingStore.getState())).toBe(first);
    apply(frame(1, [row(2)]));
    const second = selectHistorySnapshot(useTrainingStore.getState());
    expect(second.history).toBe(first.history);
    expect(second).not.toBe(first);
    expect(second.history).toEqual([row(1), row(2)]);
    expect(selectHistorySnapshot(useTrainingStore.getState())).toBe(second);
  });
});
