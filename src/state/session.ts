// Connects the stores to the training worker: setups and views go out as commands,
// messages come back into the training store. The controls call the actions below.
// A worker that dies is replaced at once and resumes from the page's latest snapshot.

import { createTrainingClient, type ClientFactory, type TrainingClient } from '../worker/client.ts';
import { tableTransferables } from '../setup/tableData.ts';
import type { Speed } from '../setup/config.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import type { Command, RestoredMessage, TrainingCheckpoint, ViewRequest, WorkerMessage } from '../worker/protocol.ts';
import { frozenSnapshot, keepCheckpoint, latestSnapshot, type SessionSnapshot } from './snapshot.ts';
import { followTables } from './tableSyncLoader.ts';
import { subscribeTableView, tableViewRequest } from './tableView.ts';
import { configOf, useConfigStore } from './configStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { useViewStore, type ViewState } from './viewStore.ts';
import { encodeConfig } from './url.ts';
import { PLANE_GRID } from '../setup/limits.ts';

/** Long enough to coalesce the events of a slider drag, short enough to feel immediate. */
const CONFIGURE_DELAY_MS = 100;

let client: TrainingClient | null = null;
let createClient: ClientFactory = createTrainingClient;
let runId = 0;
let configureTimer: ReturnType<typeof setTimeout> | undefined;
/** The setup last sent, so a checkpoint is kept with the setup it was trained under. */
let configured: { runId: number; config: PlaygroundConfig } | null = null;
/** Why a 'restore' was sent, to tell the learner how it went when the worker answers. */
let resuming: { runId: number; why: 'worker' | 'reload'; reason: string; untrained: boolean } | null = null;
let stopTables: () => void = () => {};
/** An opened model file waiting for the worker to say it took up its checkpoint. */
let opening: { runId: number; resolve: (msg: RestoredMessage) => void } | null = null;

function viewRequestOf(view: Pick<ViewState, 'tab' | 'walkthrough'>): ViewRequest {
  // Thumbnails are drawn only in the graph tab; other tabs spare the worker computing them.
  // The walkthrough previews the worker's exact next step, so it needs the optimiser's memory.
  // Tables have no plane to draw; they ask for their own results instead (see tableViewRequest).
  return { outputGrid: PLANE_GRID.output, neuronGrid: view.tab === 'summary' ? 0 : PLANE_GRID.neuron, ...(view.walkthrough ? { optimizer: true } : {}), ...tableViewRequest() };
}

function send(cmd: Command): void {
  client?.send(cmd);
}

function configureNow(resume?: TrainingCheckpoint): void {
  clearTimeout(configureTimer);
  configureTimer = undefined;
  runId += 1;
  configured = { runId, config: configOf(useConfigStore.getState()) };
  send({ type: 'configure', runId, config: configured.config, ...(resume ? { resume } : {}) });
}

/** Sends a setup change that is still waiting out its delay, so the next command acts on the new setup. */
function flushConfigure(): void {
  if (configureTimer !== undefined) configureNow();
}

/** 1,234: the epoch as the learner reads it elsewhere on the page. */
const formatEpoch = (epoch: number) => epoch.toLocaleString('en-US');

function onMessage(msg: WorkerMessage): void {
  // New points make a picked sample's index meaningless.
  if (msg.type === 'data') useViewStore.getState().pickSample(null);
  if (msg.type === 'restored' && opening?.runId === msg.runId) {
    opening.resolve(msg);
    opening = null;
  }
  if (msg.type === 'restored') reportRestored(msg);
  useTrainingStore.getState().applyMessage(msg);
  if (msg.type === 'frame' && configured?.runId === msg.runId) keepCheckpoint(msg, configured.config, useTrainingStore.getState().history);
}

function reportRestored(msg: RestoredMessage): void {
  const r = resuming;
  if (!r || r.runId !== msg.runId) return;
  resuming = null;
  const store = useTrainingStore.getState();
  if (r.why === 'reload') {
    // A session that never trained a batch (a link opened, then reloaded) has nothing worth announcing.
    if (r.untrained && msg.epoch !== null) return;
    const text =
      msg.epoch !== null
        ? `Restored your session from epoch ${formatEpoch(msg.epoch)}${msg.note ? ` (${msg.note})` : ''}`
        : `Your saved session did not fit this setup (${msg.note}), so training starts afresh`;
    store.setSessionNotice({ kind: 'restored', text });
    return;
  }
  const from = msg.epoch !== null ? `resumed from epoch ${formatEpoch(msg.epoch)}${msg.note ? ` (${msg.note})` : ''}` : `started from fresh weights: ${msg.note}`;
  store.setSessionNotice({ kind: 'recovered', text: `The training worker stopped (${r.reason}); a new one ${from}.` });
}

/** Brings a new worker up to the page's state: view, speed, setup, tables, and a checkpoint to go on from. */
function connect(resume: SessionSnapshot | null, why: 'worker' | 'reload', reason: string): void {
  client = createClient({
    onMessage,
    onDeath: replaceWorker,
    expectsProgress: () => useTrainingStore.getState().playing,
  });
  // View and speed first, so the very first frame after the setup already honours them.
  send({ type: 'view', view: viewRequestOf(useViewStore.getState()) });
  send({ type: 'speed', speed: useTrainingStore.getState().speed });
  const checkpoint = resume ? frozenSnapshot(resume).checkpoint : undefined;
  configureNow(checkpoint);
  if (checkpoint) resuming = { runId, why, reason, untrained: checkpoint.iteration === 0 };
  // Tables are loaded and prepared here, then handed over whole (their arrays transferred, not copied).
  stopTables();
  stopTables = followTables((data) => client?.send({ type: 'tableData', data }, tableTransferables(data)));
}

function replaceWorker(reason: string): void {
  const playing = useTrainingStore.getState().playing;
  client = null;
  const snapshot = latestSnapshot();
  connect(snapshot, 'worker', reason);
  if (!snapshot) useTrainingStore.getState().setSessionNotice({ kind: 'recovered', text: `The training worker stopped (${reason}); a new one started from fresh weights.` });
  if (playing) send({ type: 'play' });
}

export interface SessionOptions {
  /** Where the worker comes from: a real Worker in the page, an in-process runner in tests. */
  createClient?: ClientFactory;
  /** A stored session to go on from (a reload). */
  resume?: SessionSnapshot | null;
}

/** Starts the worker and keeps it in step with the stores; returns a function that stops both. */
export function startSession(options: SessionOptions = {}): () => void {
  createClient = options.createClient ?? createTrainingClient;
  let view = viewRequestOf(useViewStore.getState());
  connect(options.resume ?? null, 'reload', '');

  const stopConfig = useConfigStore.subscribe((state, previous) => {
    if (encodeConfig(configOf(state)) === encodeConfig(configOf(previous))) return;
    clearTimeout(configureTimer);
    configureTimer = setTimeout(configureNow, CONFIGURE_DELAY_MS);
  });
  const refreshView = () => {
    const next = viewRequestOf(useViewStore.getState());
    if (JSON.stringify(next) === JSON.stringify(view)) return;
    view = next;
    send({ type: 'view', view });
  };
  const stopView = useViewStore.subscribe(refreshView);
  const stopTableView = subscribeTableView(refreshView);

  return () => {
    stopConfig();
    stopView();
    stopTableView();
    stopTables();
    stopTables = () => {};
    clearTimeout(configureTimer);
    configureTimer = undefined;
    client?.dispose();
    client = null;
    configured = null;
    resuming = null;
  };
}

function command(cmd: Command): void {
  flushConfigure();
  send(cmd);
}

export function play(): void {
  useTrainingStore.getState().setPlaying(true);
  command({ type: 'play' });
}

export function pause(): void {
  useTrainingStore.getState().setPlaying(false);
  command({ type: 'pause' });
}

export function togglePlay(): void {
  if (useTrainingStore.getState().playing) pause();
  else play();
}

export function step(grain: 'batch' | 'epoch'): void {
  command({ type: 'step', grain });
}

/** New weights from the seed; the data and the settings stay. */
export function reset(): void {
  command({ type: 'reset' });
}

export function setSpeed(speed: Speed): void {
  useTrainingStore.getState().setSpeed(speed);
  send({ type: 'speed', speed });
}

/** A learner typed a weight (input >= 0) or a bias (input = -1). */
export function setParam(layer: number, unit: number, input: number, value: number): void {
  command({ type: 'setParam', layer, unit, input, value });
}

/** Every parameter at once, Keras order (a lesson's exact weights). */
export function setParams(params: number[]): void {
  command({ type: 'setParams', params });
}

/** One optimiser step on one sample (feature values x, target y): the walkthrough's "apply this update". */
export function trainSample(x: number[], y: number[]): void {
  command({ type: 'trainSample', x, y });
}

/** One step on each sample in turn, `rounds` times, arriving as one change (a lesson's bulk updates). */
export function trainSamples(samples: { x: number[]; y: number[] }[], rounds: number): void {
  command({ type: 'trainSamples', samples, rounds });
}

/** The one-click recovery from divergence: a smaller learning rate and fresh weights. */
export function resetWithLearningRate(learningRate: number): void {
  useConfigStore.getState().setLearningRate(learningRate);
  flushConfigure();
  reset();
}

/**
 * Takes up a saved run (an opened model file): its setup, then its checkpoint, paused. The caller has
 * checked all of it (and, for a table, that its data is ready); resolves with the worker's answer.
 */
export function restoreRun(config: PlaygroundConfig, checkpoint: TrainingCheckpoint): Promise<RestoredMessage> {
  pause();
  useConfigStore.getState().replaceConfig(config);
  // The setup goes out now, with the checkpoint, not after the usual delay without it.
  configureNow(checkpoint);
  return new Promise((resolve) => {
    opening = { runId, resolve };
  });
}
