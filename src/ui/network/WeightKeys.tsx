// Every weight within reach of the keyboard: one tab stop for all the connections (a roving cursor,
// not thousands of tab stops), moved with the arrow keys, announced by its label, and edited with
// Enter in the same editor a click opens. Its keys stay here: they never reach the playground's shortcuts.

import type { KeyboardEvent } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import { formatValue, layerName, sourceName } from './labels.ts';
import type { GraphLayout } from './layout.ts';

export interface WeightCursor {
  layer: number;
  input: number;
  unit: number;
}

export const WEIGHT_KEYS_HINT = '↑ ↓ next connection · ← → next layer · Enter to type a weight';

/** The cursor kept inside the network's shape (after a layer or neuron is removed). */
export function clampCursor(c: WeightCursor, spec: ModelSpec): WeightCursor {
  const layer = Math.min(c.layer, spec.layers.length - 1);
  const inputs = layer === 0 ? spec.inputs : spec.layers[layer - 1].units;
  return { layer, input: Math.min(c.input, inputs - 1), unit: Math.min(c.unit, spec.layers[layer].units - 1) };
}

/** Where a key moves the cursor: ↑/↓ through a layer's connections in kernel order (a source's, then the next source's), ←/→ to the layer before or after. */
export function moveCursor(c: WeightCursor, key: string, spec: ModelSpec): WeightCursor | null {
  const units = spec.layers[c.layer].units;
  const inputs = c.layer === 0 ? spec.inputs : spec.layers[c.layer - 1].units;
  const count = inputs * units;
  const k = c.input * units + c.unit;
  const at = (i: number) => ({ layer: c.layer, input: Math.floor(i / units), unit: i % units });
  switch (key) {
    case 'ArrowDown':
      return at((k + 1) % count);
    case 'ArrowUp':
      return at((k - 1 + count) % count);
    case 'Home':
      return at(0);
    case 'End':
      return at(count - 1);
    case 'ArrowRight':
      return c.layer + 1 < spec.layers.length ? clampCursor({ ...c, layer: c.layer + 1 }, spec) : c;
    case 'ArrowLeft':
      return c.layer > 0 ? clampCursor({ ...c, layer: c.layer - 1 }, spec) : c;
    default:
      return null;
  }
}

export function cursorLabel(c: WeightCursor, spec: ModelSpec, labels: readonly string[], value: number): string {
  const v = Number.isFinite(value) ? formatValue(value) : 'not known yet';
  return `weight from ${sourceName(spec, labels, c.layer, c.input)} to neuron ${c.unit + 1} of ${layerName(spec, c.layer)}: ${v}`;
}

/** The middle of the cursor's connection, where the editor opens. */
export function cursorPoint(c: WeightCursor, layout: GraphLayout): { x: number; y: number } {
  const band = layout.bands[c.layer];
  const y0 = band.bundled ? band.y0[c.unit] : band.y0[c.input];
  return { x: (band.x0 + band.x1) / 2, y: (y0 + band.y1[c.unit]) / 2 };
}

/** While a weight is focused: what it is and the keys, in the toolbar where it hides nothing of the graph. */
export function WeightKeysHint({ label }: { label: string }) {
  return (
    <p className="nn-weight-keys__hint" aria-hidden="true" data-testid="weight-keys-hint">
      <strong>{label}</strong>
      <span>{WEIGHT_KEYS_HINT}</span>
    </p>
  );
}

interface WeightKeysProps {
  cursor: WeightCursor;
  label: string;
  layout: GraphLayout;
  onMove: (key: string) => boolean;
  onEdit: (opener: Element) => void;
  onFocusChange: (focused: boolean) => void;
}

export function WeightKeys({ cursor, label, layout, onMove, onEdit, onFocusChange }: WeightKeysProps) {
  const p = cursorPoint(cursor, layout);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Tab moves on; Escape goes on to the stage (it unpins a pinned neuron).
    if (e.key === 'Tab' || e.key === 'Escape') return;
    // Whatever the key, it belongs to the graph while a weight is focused.
    e.stopPropagation();
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onEdit(e.currentTarget);
    } else if (onMove(e.key)) {
      e.preventDefault();
    }
  };
  return (
    <div
      className="nn-weight-keys"
      data-testid="weight-keys"
      tabIndex={0}
      role="button"
      aria-roledescription="weight"
      aria-label={label}
      aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Enter"
      style={{ left: p.x - 6, top: p.y - 6 }}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(true)}
      onBlur={() => onFocusChange(false)}
    />
  );
}
