// Pointer and keyboard on the graph's stage: one delegated handler finds what is under the pointer
// (an element's `data-hit`, or the nearest connection), keeps the hover for the tooltip, tells the
// parent what is hovered, and opens the editor on a click or on Enter over a bias marker.

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { FeatureName } from '../../engine/datasets/names.ts';
import type { Highlight } from '../../state/viewStore.ts';
import { hitKey, hitOfElement, parseHit, targetOf, type EditHit, type Hit } from './hits.ts';
import { formatValue } from './labels.ts';
import { nearestEdge, type GraphLayout } from './layout.ts';

const EDGE_TOLERANCE = 5;

export interface Hover {
  hit: Hit;
  x: number;
  y: number;
}

export interface EditorState {
  hit: EditHit;
  x: number;
  y: number;
  initial: string;
  /** The element to give the focus back to when the editor closes (null: it was opened by a click). */
  opener: Element | null;
}

interface GraphPointerOptions {
  stageRef: RefObject<HTMLDivElement | null>;
  layout: GraphLayout;
  /** Changes when the network's shape does: hover and editor are then forgotten. */
  shape: { features: readonly FeatureName[] };
  paramValue: (layer: number, unit: number, input: number) => number;
  onHover?: (target: Highlight | null) => void;
  /** A click on a neuron (its picture or frame). */
  onNeuronClick?: (layer: number, unit: number) => void;
  /** Escape pressed anywhere in the graph outside the editor. */
  onEscape?: () => void;
}

export function useGraphPointer({ stageRef, layout, shape, paramValue, onHover, onNeuronClick, onEscape }: GraphPointerOptions) {
  const [hover, setHover] = useState<Hover | null>(null);
  const [editor, setEditor] = useState<EditorState | null>(null);
  const hoverKeyRef = useRef('');
  const onHoverRef = useRef(onHover);
  useLayoutEffect(() => {
    onHoverRef.current = onHover;
  });

  const reportHover = useCallback(
    (hit: Hit | null) => {
      const key = hitKey(hit);
      if (key === hoverKeyRef.current) return;
      hoverKeyRef.current = key;
      onHoverRef.current?.(targetOf(hit, shape.features));
    },
    [shape],
  );

  // Forget a hover whose element has gone (a layer or neuron removed).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new shape is what makes the hover stale
  useEffect(() => {
    setHover(null);
    setEditor(null);
    reportHover(null);
  }, [shape, reportHover]);

  const locate = (e: { clientX: number; clientY: number; target: EventTarget }): { hit: Hit | null; x: number; y: number } | null => {
    const stage = stageRef.current;
    if (!stage) return null;
    const rect = stage.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const target = e.target as Element;
    if (target.closest?.('.nn-head, .nn-editor')) return null;
    const el = target.closest?.('[data-hit]');
    if (el && stage.contains(el)) return { hit: parseHit(el.getAttribute('data-hit')), x, y };
    for (let layer = 0; layer < layout.bands.length; layer++) {
      const band = layout.bands[layer];
      const near = nearestEdge(band, x, y, EDGE_TOLERANCE);
      if (near && band.bundled) return { hit: { kind: 'bundle', unit: near.unit }, x, y };
      if (near) return { hit: { kind: 'edge', layer, input: near.input, unit: near.unit }, x, y };
    }
    return { hit: null, x, y };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const found = locate(e);
    const hit = found?.hit ?? null;
    if (!found || !hit) {
      if (hover) setHover(null);
      reportHover(null);
      return;
    }
    setHover({ hit, x: found.x, y: found.y });
    reportHover(hit);
  };

  const onPointerLeave = () => {
    setHover(null);
    reportHover(null);
  };

  const openEditor = (hit: EditHit, x: number, y: number, opener: Element | null) => {
    const value = paramValue(hit.layer, hit.unit, hit.kind === 'bias' ? -1 : hit.input);
    setHover(null);
    setEditor({ hit, x, y, opener, initial: Number.isFinite(value) ? formatValue(value) : '' });
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if ((e.target as Element).closest?.('button, select, input, label, form')) return;
    const found = locate(e);
    const hit = found?.hit;
    if (found && hit && (hit.kind === 'edge' || hit.kind === 'bias')) openEditor(hit, found.x, found.y, null);
    else if (hit?.kind === 'neuron') onNeuronClick?.(hit.layer, hit.unit);
  };

  // Bias markers are focusable: focus shows the value, Enter or Space opens the editor.
  const markerPoint = (el: Element) => {
    const stage = stageRef.current!.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2 - stage.left, y: r.top + r.height / 2 - stage.top };
  };
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const hit = hitOfElement(e.target);
    if (hit?.kind !== 'bias') return;
    setHover({ hit, ...markerPoint(e.target) });
    reportHover(hit);
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (hitOfElement(e.target)?.kind !== 'bias') return;
    setHover(null);
    reportHover(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && onEscape) {
      e.preventDefault(); // taken: the same Escape must not also leave Present mode
      onEscape();
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const hit = hitOfElement(e.target);
    if (hit?.kind !== 'bias') return;
    e.preventDefault();
    const p = markerPoint(e.target as Element);
    openEditor(hit, p.x, p.y, e.target as Element);
  };

  const closeEditor = (restoreFocus: boolean) => {
    const opener = editor?.opener;
    setEditor(null);
    if (restoreFocus && opener?.isConnected) (opener as HTMLElement | SVGElement).focus();
  };

  return {
    hover,
    editor,
    setHover,
    reportHover,
    openEditor,
    closeEditor,
    handlers: { onPointerMove, onPointerLeave, onClick, onFocus, onBlur, onKeyDown },
  };
}
