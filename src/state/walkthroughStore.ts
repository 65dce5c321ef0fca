// The step-by-step walkthrough: which sample it follows, where it is, how it plays and how it prints
// numbers. Whether it is open lives in the view store (the session asks the worker for the optimiser's
// memory while it is). None of this changes training.

import { create } from 'zustand';

/** How many decimals the walkthrough prints. */
export const DECIMAL_CHOICES = [2, 4, 7] as const;
export type Decimals = (typeof DECIMAL_CHOICES)[number];
export const DEFAULT_DECIMALS: Decimals = 4;

/** A sample the learner typed: the raw point and its class (or target value). */
export interface TypedSample {
  point: [number, number];
  label: number;
}

export type PlaySpeed = 'slow' | 'medium' | 'fast';

export const PLAY_INTERVAL_MS: Record<PlaySpeed, number> = { slow: 3200, medium: 1800, fast: 900 };

/** What the learner saw just before "Apply this update", to compare with what the next frame brings. */
export interface AppliedUpdate {
  /** Identifies the sample the update was for: a different sample makes the comparison meaningless. */
  sampleId: string;
  /** The parameters the update was computed from; a frame with other parameters carries its result. */
  params: Float64Array | null;
  lossBefore: number;
  outputBefore: number[];
  /** Updates applied to this sample in a row. */
  count: number;
}

export interface WalkthroughState {
  /** A typed sample; null follows the point picked on the output plot. */
  typed: TypedSample | null;
  /** Key of the current step (see stepKey), so the place survives new weights. */
  step: string;
  playing: boolean;
  speed: PlaySpeed;
  decimals: Decimals;
  update: AppliedUpdate | null;

  setTyped(sample: TypedSample | null): void;
  setStep(key: string): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: PlaySpeed): void;
  setDecimals(decimals: Decimals): void;
  setUpdate(update: AppliedUpdate | null): void;
}

export const useWalkthroughStore = create<WalkthroughState>()((set) => ({
  typed: null,
  step: 'input',
  playing: false,
  speed: 'medium',
  decimals: DEFAULT_DECIMALS,
  update: null,

  setTyped: (typed) => set({ typed, update: null }),
  setStep: (step) => set({ step }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setDecimals: (decimals) => set({ decimals }),
  setUpdate: (update) => set({ update }),
}));

export const selectTyped = (s: WalkthroughState) => s.typed;
export const selectStep = (s: WalkthroughState) => s.step;
export const selectWalkPlaying = (s: WalkthroughState) => s.playing;
export const selectWalkSpeed = (s: WalkthroughState) => s.speed;
export const selectDecimals = (s: WalkthroughState) => s.decimals;
export const selectUpdate = (s: WalkthroughState) => s.update;
