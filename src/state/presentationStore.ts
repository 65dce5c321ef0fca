// How the page is shown, not what it trains: embedded in another page (?embed or #…&embed=1: no
// header, fits an 800×600 iframe) or presented on a projector (larger type, the output and the
// curves always in view). Neither goes into the setup or changes training.

import { create } from 'zustand';

const EMBED_IN_HASH = /(^#|&)embed=1(&|$)/;

/**
 * A ?embed link is moved into the hash as this module loads, before the URL sync reads the query
 * (it would call "embed" an unknown setting) and rewrites it from the setup.
 */
function embedFromAddress(): boolean {
  if (typeof location === 'undefined' || typeof history === 'undefined') return false;
  const params = new URLSearchParams(location.search);
  if (!params.has('embed')) return EMBED_IN_HASH.test(location.hash);
  params.delete('embed');
  const query = params.toString().replace(/%2C/g, ',');
  const hash = location.hash ? `${location.hash}&embed=1` : '#embed=1';
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${hash}`);
  return true;
}

export interface PresentationState {
  embed: boolean;
  presenter: boolean;
  setPresenter(on: boolean): void;
}

export const usePresentationStore = create<PresentationState>()((set) => ({
  embed: embedFromAddress(),
  presenter: false,
  setPresenter: (presenter) => set({ presenter }),
}));

/** The hash's embed flag, to keep when the lesson part of the hash is rewritten. */
export function embedSuffix(): string {
  return usePresentationStore.getState().embed ? 'embed=1' : '';
}

export const selectEmbed = (s: PresentationState) => s.embed;
export const selectPresenter = (s: PresentationState) => s.presenter;
