// The first layer of an image network (digits) in the Weights tab: each neuron's incoming weights
// laid out like the image they look at, on one robust colour scale.

import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import type { Highlight } from '../../state/viewStore.ts';
import { paintPixels } from '../canvas.ts';
import type { LayerOffsets } from './params.ts';
import { formatShort, formatValue, layerName } from './labels.ts';
import { Legend } from './WeightLegend.tsx';
import { writeWeightPixel } from './weightPixel.ts';

/** Pictures per row of the grid, and the gap between them, in image pixels. */
const PICTURES_PER_ROW = 16;
const PICTURE_GAP = 2;

/** A robust colour range: the 99.5th percentile of |w| (from a sample), so one large weight does not wash out the rest. */
function robustRange(params: Float64Array, start: number, count: number): number {
  const stride = Math.max(1, Math.floor(count / 20000));
  const sample: number[] = [];
  for (let i = 0; i < count; i += stride) {
    const a = Math.abs(params[start + i]);
    if (Number.isFinite(a)) sample.push(a);
  }
  if (sample.length === 0) return 1;
  sample.sort((a, b) => a - b);
  return sample[Math.min(sample.length - 1, Math.floor(sample.length * 0.995))] || sample[sample.length - 1] || 1;
}

interface WeightPicturesProps {
  spec: ModelSpec;
  offsets: LayerOffsets;
  params: Float64Array | null;
  image: { rows: number; cols: number };
  onHover?: (target: Highlight | null) => void;
}

/** The first layer of an image network: each neuron's incoming weights as a picture of the input, on one scale. */
export function WeightPictures({ spec, offsets, params, image, onHover }: WeightPicturesProps) {
  const { units, kernel } = offsets;
  const { rows, cols } = image;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState<number | null>(null);
  const perRow = Math.min(PICTURES_PER_ROW, units);
  const gridRows = Math.ceil(units / perRow);
  const width = perRow * (cols + PICTURE_GAP) - PICTURE_GAP;
  const height = gridRows * (rows + PICTURE_GAP) - PICTURE_GAP;
  const range = useMemo(() => (params ? robustRange(params, kernel, rows * cols * units) : 1), [params, kernel, rows, cols, units]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    paintPixels(canvas, width, height, (px) => {
      for (let u = 0; u < units; u++) {
        const ox = (u % perRow) * (cols + PICTURE_GAP);
        const oy = Math.floor(u / perRow) * (rows + PICTURE_GAP);
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            writeWeightPixel(px, ((oy + r) * width + ox + c) * 4, params ? params[kernel + (r * cols + c) * units + u] : null, range);
          }
        }
      }
    });
  }, [params, range, units, rows, cols, perRow, width, height, kernel]);

  const unitAt = (e: PointerEvent<HTMLCanvasElement>): number | null => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * width;
    const y = ((e.clientY - rect.top) / rect.height) * height;
    const col = Math.floor(x / (cols + PICTURE_GAP));
    const row = Math.floor(y / (rows + PICTURE_GAP));
    const u = row * perRow + col;
    return col >= 0 && col < perRow && u >= 0 && u < units ? u : null;
  };
  const show = (u: number | null) => {
    if (u === active) return;
    setActive(u);
    onHover?.(u === null ? null : { layer: 0, unit: u, edges: 'in' });
  };
  const bias = active !== null && params ? params[offsets.bias + active] : NaN;
  // One and a half times the image's pixels (CSS keeps them sharp): the grid and its key fit the panel.
  const scale = 1.5;

  return (
    <figure className="nn-matrix nn-pictures" data-testid="weight-pictures">
      <figcaption className="nn-matrix__title">
        Layer 1
        <span className="nn-matrix__shape">
          {rows * cols} × {units} + bias: each neuron's {rows * cols} incoming weights as a {rows}×{cols} picture
        </span>
      </figcaption>
      <div className="nn-pictures__key">
        <Legend range={range} width={160} />
        <p className="nn-pictures__note">One scale for all: beyond ±{formatShort(range)} (the 99.5th percentile of |w|) the colour stays full.</p>
      </div>
      <canvas
        ref={canvasRef}
        className="nn-pictures__canvas"
        style={{ width: width * scale, maxWidth: '100%' }}
        role="img"
        aria-label={`The incoming weights of the ${units} neurons of ${layerName(spec, 0)}, each as a ${rows} by ${cols} picture: blue where a pixel's ink raises the neuron's input, orange where it lowers it.`}
        onPointerMove={(e) => show(unitAt(e))}
        onPointerLeave={() => show(null)}
      />
      <p className="nn-pictures__readout" aria-live="polite">
        {active !== null
          ? `Neuron ${active + 1} of ${layerName(spec, 0)} · bias b = ${formatValue(bias)}`
          : 'Point at a picture to name its neuron. Blue: ink there raises the neuron; orange: ink there lowers it.'}
      </p>
    </figure>
  );
}
