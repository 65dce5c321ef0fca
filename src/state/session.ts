// Connects the stores to the training worker: setups and views go out as commands,
// messages come back into the training store. The controls call the actions below.

import { createTrainingClient, type TrainingClient } from '../worker/client.ts';
import { tableTransferables } from '../setup/tableData.ts';
import type { Speed } from '../setup/config.ts';
import type { Command, ViewRequest } from '../worker/protocol.ts';
import { startTableSync } from './tableSync.ts';
import { subscribeTableView, tableViewRequest } from './tableView.ts';
import { configOf, useConfigStore } from './configStore.ts';
import { useTrainingStore } from './trainingStore.ts';
import { useViewStore, type ViewState } from './viewStore.ts';
import { encodeConfig } from './url.ts';
import { PLANE_GRID } from '../setup/limits.ts';

/** Long enough to coalesce the events of a slider drag, short enough to feel immediate. */
const CONFIGURE_DELAY_MS = 100;

let client: TrainingClient | null = null;
let runId = 0;
let configureTimer: ReturnType<typeof setTimeout> | undefined;

function viewRequestOf(view: Pick<ViewState, 'tab' | 'walkthrough'>): ViewRequest {
  // Thumbnails are drawn only in the graph tab; other tabs spare the worker computing them.
  // The walkthrough previews the worker's exact next step, so it needs the optimiser's memory.
  // Tables have no plane to draw; they ask for their own results instead (see tableViewRequest).
  return { outputGrid: PLANE_GRID.output, neuronGrid: view.tab === 'summary' ? 0 : PLANE_GRID.neuron, ...(view.walkthrough ? { optimizer: true } : {}), ...tableViewRequest() };
}

function send(cmd: Command): void {
  client?.send(cmd);
}

function configureNow(): void {
  clearTimeout(configureTimer);
  configureTimer = undefined;
  runId += 1;
  send({ type: 'configure', runId, config: configOf(useConfigStore.getState()) });
}

/** Sends a setup change that is still waiting out its delay, so the next command acts on the new setup. */
function flushConfigure(): void {
  if (configureTimer !== undefined) configureNow();
}

/** Starts the worker and keeps it in step with the stores; returns a function that stops both. */
export function startSession(): () => void {
  client = createTrainingClient((msg) => {
    // New points make a picked sample's index meaningless.
    if (msg.type === 'data') useViewStore.getState().pickSample(null);
    useTrainingStore.getState().applyMessage(msg);
  });
  // View and speed first, so the very first frame after the setup already honours them.
  let view = viewRequestOf(useViewStore.getState());
  send({ type: 'view', view });
  send({ type: 'speed', speed: useTrainingStore.getState().speed });
  configureNow();

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
  // Tables are loaded and prepared here, then handed over whole (their arrays transferred, not copied).
  const stopTables = startTableSync((data) => client?.send({ type: 'tableData', data }, tableTransferables(data)));

  return () => {
    stopConfig();
    stopView();
    stopTableView();
    stopTables();
    clearTimeout(configureTimer);
    configureTimer = undefined;
    client?.dispose();
    client = null;
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

/** The one-click recovery from divergence: a smaller learning rate and fresh weights. */
export function resetWithLearningRate(learningRate: number): void {
  useConfigStore.getState().setLearningRate(learningRate);
  flushConfigure();
  reset();
}
