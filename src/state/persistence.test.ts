// Which stored session a page takes up: the link's rule. (IndexedDB itself is exercised by e2e/session.spec.ts.)
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { configOf, useConfigStore } from './configStore.ts';
import { useLessonStore } from './lessonStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { restoreStored, type StoredSession } from './persistence.ts';
import { resetStores } from './testSession.ts';
import { encodeConfig } from './url.ts';

const stored: StoredSession = {
  id: 'a',
  savedAt: 1,
  config: { ...DEFAULT_CONFIG, learningRate: 0.3, hidden: [{ units: 5, activation: 'relu' }] },
  checkpoint: {
    spec: {
      inputs: 2,
      layers: [
        { units: 5, activation: 'relu' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    params: new Float64Array(21),
    optimizer: null,
    epoch: 1234,
    iteration: 9,
    history: [],
    historyStride: 1,
    trainer: null,
  },
  lesson: { id: 'forward-propagation', stage: 3 },
};

beforeEach(resetStores);

describe('restoring a stored session', () => {
  it('with no setup in the address: the stored setup, checkpoint and lesson stage come back', async () => {
    const snapshot = await restoreStored({ session: stored, csv: null }, null, 'forward-propagation');
    expect(snapshot).toEqual({ config: stored.config, checkpoint: stored.checkpoint });
    expect(configOf(useConfigStore.getState())).toEqual(stored.config);
    expect(useLessonStore.getState()).toMatchObject({ id: 'forward-propagation', stage: 3 });
  });

  it('with the address the page itself wrote for that setup (a reload): restored', async () => {
    const query = encodeConfig(stored.config);
    expect((await restoreStored({ session: stored, csv: null }, { query, config: stored.config }, null))?.checkpoint.epoch).toBe(1234);
  });

  it('with a link naming another setup: the link wins and the stored session is left alone', async () => {
    const other = { ...stored.config, learningRate: 0.03 };
    expect(await restoreStored({ session: stored, csv: null }, { query: encodeConfig(other), config: other }, null)).toBeNull();
    expect(useConfigStore.getState().learningRate).toBe(DEFAULT_CONFIG.learningRate);
  });

  it('a record it cannot read starts the page afresh, and says so', async () => {
    const broken = { ...stored, config: null } as unknown as StoredSession;
    expect(await restoreStored({ session: broken, csv: null }, null, null)).toBeNull();
    expect(configOf(useConfigStore.getState())).toEqual(DEFAULT_CONFIG);
    expect(useTrainingStore.getState().sessionNotice?.text).toBe('Your saved session could not be read, so the page starts afresh.');
  });

  it('a CSV session without its stored file cannot be restored', async () => {
    expect(await restoreStored({ session: { ...stored, config: { ...stored.config, dataset: 'csv' } }, csv: null }, null, null)).toBeNull();
  });
});
