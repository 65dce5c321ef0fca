// What the walkthrough's buttons do, outside React so lessons and the header can call them too.

import { pause, setParam, trainSample } from '../../state/session.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { useViewStore } from '../../state/viewStore.ts';
import { useWalkthroughStore, type TypedSample } from '../../state/walkthroughStore.ts';
import type { SampleChoice } from './useWalkthrough.ts';
import type { Trace } from '../../engine/index.ts';

export interface OpenOptions {
  /** Follow this typed sample (else the picked point, else the first training point). */
  typed?: TypedSample | null;
  /** Key of the step to show (see stepKey); the first step by default. */
  step?: string;
}

/** Opens the walkthrough: training pauses, so the numbers hold still and the preview is the next step. */
export function openWalkthrough(options: OpenOptions = {}): void {
  pause();
  const walk = useWalkthroughStore.getState();
  walk.setPlaying(false);
  if (options.typed) followTyped(options.typed);
  else if (options.typed === null) walk.setTyped(null);
  walk.setStep(options.step ?? 'input');
  walk.setUpdate(null);
  const view = useViewStore.getState();
  if (!view.pickedSample && !useWalkthroughStore.getState().typed) view.pickSample({ set: 'train', index: 0 });
  view.setWalkthrough(true);
}

export function closeWalkthrough(): void {
  useWalkthroughStore.getState().setPlaying(false);
  const view = useViewStore.getState();
  view.setWalkthrough(false);
  view.setHighlight(null);
}

export function toggleWalkthrough(): void {
  if (useViewStore.getState().walkthrough) closeWalkthrough();
  else openWalkthrough();
}

/** The walkthrough follows a typed sample (and no longer a picked point). */
export function followTyped(sample: TypedSample): void {
  useViewStore.getState().pickSample(null);
  useWalkthroughStore.getState().setTyped(sample);
}

/** A point clicked on the output plot: the walkthrough follows it from now on. */
export function pickPoint(sample: { set: 'train' | 'validation'; index: number }): void {
  useViewStore.getState().pickSample(sample);
  const walk = useWalkthroughStore.getState();
  if (walk.typed) walk.setTyped(null);
  walk.setUpdate(null);
}

/** A weight (input >= 0) or bias (input = -1) typed in the walkthrough. */
export function editParam(layer: number, unit: number, input: number, value: number): void {
  useWalkthroughStore.getState().setUpdate(null);
  setParam(layer, unit, input, value);
}

/** One optimiser step on this sample, remembering what it was like before so the panel can compare. */
export function applyUpdate(choice: SampleChoice, trace: Trace): void {
  const walk = useWalkthroughStore.getState();
  const previous = walk.update;
  const same = previous !== null && previous.sampleId === choice.id;
  walk.setUpdate({
    sampleId: choice.id,
    params: useTrainingStore.getState().params,
    lossBefore: trace.backward!.value,
    outputBefore: trace.forward.output.slice(),
    count: same ? previous.count + 1 : 1,
  });
  trainSample(choice.sample.features, choice.sample.target);
}
