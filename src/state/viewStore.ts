// How the learner is looking at things: toggles, the highlighted neuron or weight, the open tab,
// the picked sample and the notices on screen. None of it changes training, and none of it goes in a link.

import { create } from 'zustand';

/**
 * A part of the network that the graph and the weight matrices both emphasise:
 * a weight (unit and input >= 0), a bias (unit, input = -1), a neuron (unit only) or an input's connections (input only).
 */
export interface Highlight {
  layer: number;
  unit?: number;
  input?: number;
  /** For a neuron: emphasise only its incoming or only its outgoing connections, or none (both by default). */
  edges?: 'in' | 'out' | 'none';
}

export type NetworkTab = 'graph' | 'weights' | 'summary';

/** A neuron whose map the output plot shows large (0-based dense layer and unit). */
export interface NeuronRef {
  layer: number;
  unit: number;
}

export interface PickedSample {
  set: 'train' | 'validation';
  index: number;
}

export interface Notice {
  id: number;
  title: string;
  items: string[];
}

export interface ViewState {
  showValidation: boolean;
  logScale: boolean;
  highlight: Highlight | null;
  tab: NetworkTab;
  pickedSample: PickedSample | null;
  /** The step-by-step walkthrough panel is open (the worker then sends its optimiser memory too). */
  walkthrough: boolean;
  notices: Notice[];
  /** The neuron whose map stays in the output plot until unpinned. */
  pinnedNeuron: NeuronRef | null;
  /** Paint the decision regions as hard classes (argmax, or threshold 0.5) rather than soft colours. */
  hardRegions: boolean;

  setShowValidation(show: boolean): void;
  setLogScale(on: boolean): void;
  setHighlight(highlight: Highlight | null): void;
  setTab(tab: NetworkTab): void;
  pickSample(sample: PickedSample | null): void;
  setWalkthrough(open: boolean): void;
  addNotice(title: string, items: string[]): void;
  dismissNotice(id: number): void;
  setPinnedNeuron(neuron: NeuronRef | null): void;
  setHardRegions(on: boolean): void;
}

let nextNoticeId = 1;

export const useViewStore = create<ViewState>()((set) => ({
  showValidation: true,
  logScale: false,
  highlight: null,
  tab: 'graph',
  pickedSample: null,
  walkthrough: false,
  notices: [],
  pinnedNeuron: null,
  hardRegions: false,

  setShowValidation: (showValidation) => set({ showValidation }),
  setLogScale: (logScale) => set({ logScale }),
  setHighlight: (highlight) => set({ highlight }),
  setTab: (tab) => set({ tab }),
  pickSample: (pickedSample) => set({ pickedSample }),
  setWalkthrough: (walkthrough) => set({ walkthrough }),
  addNotice: (title, items) => set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, title, items }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setPinnedNeuron: (pinnedNeuron) => set({ pinnedNeuron }),
  setHardRegions: (hardRegions) => set({ hardRegions }),
}));

export const selectShowValidation = (s: ViewState) => s.showValidation;
export const selectLogScale = (s: ViewState) => s.logScale;
export const selectHighlight = (s: ViewState) => s.highlight;
export const selectTab = (s: ViewState) => s.tab;
export const selectPickedSample = (s: ViewState) => s.pickedSample;
export const selectWalkthrough = (s: ViewState) => s.walkthrough;
export const selectNotices = (s: ViewState) => s.notices;
export const selectPinnedNeuron = (s: ViewState) => s.pinnedNeuron;
export const selectHardRegions = (s: ViewState) => s.hardRegions;
