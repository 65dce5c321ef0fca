// The dense bands of connections, on one canvas under the graph. A band is repainted at most a few
// times a second and one band per animation frame, so a network of eight 256-wide layers never holds
// the main thread for long, however often training sends new weights.

import { useEffect, useRef } from 'react';
import { hiDpiContext } from '../canvas.ts';
import { paintDenseBand } from './denseEdges.ts';
import type { GraphLayout } from './layout.ts';
import type { LayerOffsets } from './params.ts';

/** Least time between two paints of the same band: weights move slowly, and the eye follows the haze, not each line. */
const REPAINT_MS = 250;

interface EdgeCanvasProps {
  layout: GraphLayout;
  offsets: LayerOffsets[];
  params: Float64Array | null;
  dimmed: boolean;
}

export function EdgeCanvas({ layout, offsets, params, dimmed }: EdgeCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const paramsRef = useRef(params);
  const kickRef = useRef<() => void>(() => {});

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas && hiDpiContext(canvas, layout.width, layout.height);
    if (!ctx) return;
    const dense = layout.bands.map((band, layer) => (band.dense ? layer : -1)).filter((layer) => layer >= 0);
    const painted = new Map<number, { params: Float64Array | null; at: number }>();
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      frame = 0;
      const now = performance.now();
      let wait = Infinity;
      for (const layer of dense) {
        const last = painted.get(layer);
        if (last && last.params === paramsRef.current) continue;
        const due = last ? last.at + REPAINT_MS - now : 0;
        if (due > 0) {
          wait = Math.min(wait, due);
          continue;
        }
        paintDenseBand(ctx, layout.bands[layer], offsets[layer], paramsRef.current, layout.height);
        painted.set(layer, { params: paramsRef.current, at: now });
        // One band a frame: the next waits for the browser to paint this one.
        kick();
        return;
      }
      if (Number.isFinite(wait)) timer = setTimeout(kick, wait);
    };
    const kick = () => {
      if (frame) return;
      clearTimeout(timer);
      timer = undefined;
      frame = requestAnimationFrame(tick);
    };
    kickRef.current = kick;
    kick();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      kickRef.current = () => {};
    };
  }, [layout, offsets]);

  // New weights: the painter reads them when its next frame comes.
  useEffect(() => {
    paramsRef.current = params;
    kickRef.current();
  }, [params]);

  if (!layout.bands.some((b) => b.dense)) return null;
  return (
    <canvas
      ref={canvasRef}
      className={dimmed ? 'nn-graph__edges-canvas is-dimmed' : 'nn-graph__edges-canvas'}
      data-testid="dense-edges"
      style={{ width: layout.width, height: layout.height }}
      aria-hidden="true"
    />
  );
}
