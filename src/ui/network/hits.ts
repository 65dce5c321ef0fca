// What the pointer or the keyboard is on in the graph, as a value and as the short key stored in
// `data-hit` attributes (one delegated handler reads them back, so no element has its own listener).

import { FEATURES, type FeatureName } from '../../engine/datasets/names.ts';
import type { Highlight } from '../../state/viewStore.ts';

export type Hit =
  | { kind: 'edge'; layer: number; input: number; unit: number }
  | { kind: 'bias'; layer: number; unit: number }
  | { kind: 'neuron'; layer: number; unit: number }
  | { kind: 'feature'; name: FeatureName }
  /** A table's input (listed by name), or the block of them. */
  | { kind: 'input'; input: number }
  | { kind: 'block' }
  /** All the weights from the block of inputs into one first-layer neuron. */
  | { kind: 'bundle'; unit: number };

export type EditHit = Extract<Hit, { kind: 'edge' | 'bias' }>;

export function hitKey(hit: Hit | null): string {
  if (!hit) return '';
  switch (hit.kind) {
    case 'edge':
      return `e:${hit.layer}:${hit.input}:${hit.unit}`;
    case 'bias':
      return `b:${hit.layer}:${hit.unit}`;
    case 'neuron':
      return `n:${hit.layer}:${hit.unit}`;
    case 'feature':
      return `f:${hit.name}`;
    case 'input':
      return `i:${hit.input}`;
    case 'block':
      return 'k';
    case 'bundle':
      return `u:${hit.unit}`;
  }
}

export function parseHit(key: string | null): Hit | null {
  if (!key) return null;
  const [kind, a, b, c] = key.split(':');
  switch (kind) {
    case 'e':
      return { kind: 'edge', layer: +a, input: +b, unit: +c };
    case 'b':
      return { kind: 'bias', layer: +a, unit: +b };
    case 'n':
      return { kind: 'neuron', layer: +a, unit: +b };
    case 'f':
      return (FEATURES as readonly string[]).includes(a) ? { kind: 'feature', name: a as FeatureName } : null;
    case 'i':
      return { kind: 'input', input: +a };
    case 'k':
      return { kind: 'block' };
    case 'u':
      return { kind: 'bundle', unit: +a };
    default:
      return null;
  }
}

/** The part of the network a hit stands for, as the graph and the weight matrices emphasise it. */
export function targetOf(hit: Hit | null, features: readonly FeatureName[]): Highlight | null {
  if (!hit) return null;
  switch (hit.kind) {
    case 'edge':
      return { layer: hit.layer, unit: hit.unit, input: hit.input };
    case 'bias':
      return { layer: hit.layer, unit: hit.unit, input: -1 };
    case 'neuron':
      return { layer: hit.layer, unit: hit.unit };
    case 'feature': {
      const input = features.indexOf(hit.name);
      return input < 0 ? null : { layer: 0, input };
    }
    case 'input':
      return { layer: 0, input: hit.input };
    case 'block':
      return null;
    case 'bundle':
      return { layer: 0, unit: hit.unit, edges: 'in' };
  }
}

/** The hit named by the element under an event, from its nearest `data-hit` ancestor. */
export function hitOfElement(el: EventTarget | null): Hit | null {
  return parseHit((el as Element | null)?.getAttribute?.('data-hit') ?? null);
}
