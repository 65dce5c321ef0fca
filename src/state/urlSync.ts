// Keeps the address bar in step with the setup, so a reload restores the session and a copied
// link reproduces it. replaceState, not pushState: tweaking a slider should not flood the back button.

import { configOf, useConfigStore } from './configStore.ts';
import { useViewStore } from './viewStore.ts';
import { decodeConfig, encodeConfig } from './url.ts';
import { restoreRun } from './session.ts';
import { useTrainingStore, type TrainingState } from './trainingStore.ts';
import type { TrainingCheckpoint } from '../worker/protocol.ts';
import type { LinkWeights } from './weightsLink.ts';
import { MAX_LINK_PARAMS } from './linkCapacity.ts';

// The weights' encoding loads when a link brings weights or one is copied.
const loadWeightsLink = () => import('./weightsLink.ts');

/** The hash part that holds weights: #w=... (beside a lesson: #lesson=id&w=...). */
const WEIGHTS_KEY = 'w';

function hashParts(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => p !== '');
}

function hashOf(parts: string[]): string {
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Writes at most a few times a second while a slider is dragged. */
const WRITE_DELAY_MS = 300;

let writeTimer: ReturnType<typeof setTimeout> | undefined;

function currentQuery(): string {
  return encodeConfig(configOf(useConfigStore.getState()));
}

/** Writes the setup into the address bar now, not a moment later (before the page is left). */
export function flushAddress(): void {
  writeNow();
}

function writeNow(): void {
  clearTimeout(writeTimer);
  writeTimer = undefined;
  const url = `${location.pathname}?${currentQuery()}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

/**
 * Loads the setup from the address bar (repairing what it must, and telling the learner what it
 * repaired), then rewrites the address whenever the setup changes. Returns a function that stops.
 */
export function startUrlSync(): () => void {
  if (location.search.length > 1) {
    const { config, corrections } = decodeConfig(location.search);
    useConfigStore.getState().replaceConfig(config);
    if (corrections.length > 0) useViewStore.getState().addNotice('This link needed some repairs, so it loaded the closest valid setup:', corrections);
  }
  const stopWeights = restoreLinkWeights();
  writeNow();
  const stop = useConfigStore.subscribe(() => {
    clearTimeout(writeTimer);
    writeTimer = setTimeout(writeNow, WRITE_DELAY_MS);
  });
  return () => {
    stop();
    stopWeights();
    clearTimeout(writeTimer);
  };
}

/**
 * Weights in the hash are applied once the worker has built the setup's network (its first frame),
 * then taken out of the address: from then on the weights change as the network trains, and Copy
 * link writes the current ones. Damaged or mismatched weights leave the fresh ones, with a notice.
 * The decoder loads only for such a link.
 */
function restoreLinkWeights(): () => void {
  const parts = hashParts(location.hash);
  const part = parts.find((p) => p.startsWith(`${WEIGHTS_KEY}=`));
  if (part === undefined) return () => {};
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hashOf(parts.filter((p) => p !== part))}`);
  let stop = () => {};
  let done = false;
  loadWeightsLink().then(
    ({ DAMAGED_WEIGHTS_NOTICE, decodeWeights }) => {
      if (done) return;
      const weights = decodeWeights(part.slice(WEIGHTS_KEY.length + 1));
      if (!weights) {
        useViewStore.getState().addNotice(DAMAGED_WEIGHTS_NOTICE, []);
        return;
      }
      const onFrame = (s: TrainingState) => {
        if (!s.params || done) return;
        done = true;
        stop();
        applyLinkWeights(s, s.params, weights);
      };
      stop = useTrainingStore.subscribe(onFrame);
      onFrame(useTrainingStore.getState()); // the first frame may have come while the encoding loaded
    },
    () => useViewStore.getState().addNotice('The weights in this link could not be loaded (offline?); the setup loaded with fresh weights.', []),
  );
  return () => {
    done = true;
    stop();
  };
}

/** The link's weights into the network the worker has just built (params: its fresh ones). */
function applyLinkWeights(s: TrainingState, params: Float64Array, weights: LinkWeights): void {
  if (params.length !== weights.params.length) {
    useViewStore
      .getState()
      .addNotice(
        `The weights in this link are for a network of ${weights.params.length} parameters, but this setup has ${params.length}; the setup loaded with fresh weights.`,
        [],
      );
    return;
  }
  const config = configOf(useConfigStore.getState());
  // The link holds weights and the epoch, not the optimizer's memory or the place within an epoch: a
  // checkpoint of the counters only (trainer: null), as a model file without its trainer is taken up.
  const checkpoint: TrainingCheckpoint = {
    spec: s.spec!,
    params: weights.params,
    optimizer: null,
    epoch: weights.epoch,
    // The same setup has the same batches per epoch, so this is the iteration count the link was made at.
    iteration: weights.epoch * s.batch.of,
    history: [],
    historyStride: 1,
    trainer: null,
  };
  void restoreRun(config, checkpoint).then((msg) => {
    const e = weights.epoch.toLocaleString('en-US');
    if (msg.epoch === null) {
      useViewStore.getState().addNotice(`The weights in this link did not fit this setup (${msg.note}); it loaded with fresh weights.`, []);
      return;
    }
    const memory = config.optimizer !== 'sgd' || config.momentum > 0;
    useViewStore
      .getState()
      .addNotice(`This link brought its network's weights, as they were after epoch ${e}.`, [
        `Training goes on from epoch ${e}${memory ? '; the optimizer starts fresh (its running averages are not in a link)' : ''}. The curves start here: the earlier epochs' losses are not in a link.`,
      ]);
  });
}

export interface ShareableLink {
  link: string;
  /** 'none' before the first frame; 'too-large' for a network past MAX_LINK_PARAMS (save a file instead). */
  weights: 'included' | 'too-large' | 'none';
}

/** The link to the current setup and, for a network small enough, its weights. The address bar gets the setup. */
export async function shareableLink(): Promise<ShareableLink> {
  writeNow();
  const { params, epoch } = useTrainingStore.getState();
  const base = `${location.origin}${location.pathname}${location.search}`;
  const parts = hashParts(location.hash).filter((p) => !p.startsWith(`${WEIGHTS_KEY}=`));
  if (!params) return { link: `${base}${hashOf(parts)}`, weights: 'none' };
  if (params.length > MAX_LINK_PARAMS) return { link: `${base}${hashOf(parts)}`, weights: 'too-large' };
  const { encodeWeights } = await loadWeightsLink();
  return { link: `${base}${hashOf([...parts, `${WEIGHTS_KEY}=${encodeWeights({ params, epoch })}`])}`, weights: 'included' };
}
