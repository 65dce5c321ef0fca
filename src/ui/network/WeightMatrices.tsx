// Each layer's kernel as a heatmap (rows = inputs, columns = units) with its bias row underneath,
// on a diverging colour scale symmetric around 0 at the layer's largest |value|. Live during training.
// Hovering (or moving with the arrow keys over) a cell reports it, so the graph can light up the same
// connection.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import { FEATURE_LABELS, type FeatureName } from '../../engine/data/names.ts';
import { DIVERGING_LUT, divergingColor, lutIndex } from '../colors.ts';
import { formatShort, formatValue, layerName, sourceName, unitName } from './labels.ts';
import type { NetworkTarget } from './NetworkGraph.tsx';
import { paramIndex, paramOffsets, type LayerOffsets } from './params.ts';
import './network.css';

export interface WeightMatricesProps {
  spec: ModelSpec;
  /** Features switched on, in kernel-0 row order (spec.inputs entries). */
  activeFeatures: readonly FeatureName[];
  /** Every parameter in Keras order; cells stay grey unless its length fits `spec`. */
  params: Float64Array | null;
  /** Outline the cells of a connection, bias, neuron (its column) or input (its row). */
  highlight?: NetworkTarget | null;
  /** Called with { layer, unit, input } (input -1 for a bias) while a cell is hovered; null on leaving. */
  onHover?: (target: NetworkTarget | null) => void;
}

export function WeightMatrices({ spec, activeFeatures, params, highlight, onHover }: WeightMatricesProps) {
  const offsets = useMemo(() => paramOffsets(spec.inputs, spec.layers.map((l) => l.units)), [spec]);
  const valid = params && params.length === offsets.total ? params : null;
  return (
    <div className="nn-matrices" role="group" aria-label="Weight matrices">
      {spec.layers.map((_, layer) => (
        <LayerMatrix
          key={layer}
          layer={layer}
          spec={spec}
          features={activeFeatures}
          offsets={offsets.layers[layer]}
          params={valid}
          highlight={highlight ?? null}
          onHover={onHover}
        />
      ))}
    </div>
  );
}

interface Cell {
  /** Kernel row (input), or -1 for the bias row. */
  row: number;
  col: number;
}

interface LayerMatrixProps {
  layer: number;
  spec: ModelSpec;
  features: readonly FeatureName[];
  offsets: LayerOffsets;
  params: Float64Array | null;
  highlight: NetworkTarget | null;
  onHover?: (target: NetworkTarget | null) => void;
}

const BIAS_GAP = 5;
const EMPTY: [number, number, number] = [233, 237, 241];

function paintCells(canvas: HTMLCanvasElement, params: Float64Array | null, start: number, cols: number, rows: number, range: number) {
  if (canvas.width !== cols) canvas.width = cols;
  if (canvas.height !== rows) canvas.height = rows;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(cols, rows);
  const px = image.data;
  for (let c = 0; c < cols * rows; c++) {
    const p = c * 4;
    if (params) {
      const i = lutIndex(params[start + c], -range, range) * 3;
      px[p] = DIVERGING_LUT[i];
      px[p + 1] = DIVERGING_LUT[i + 1];
      px[p + 2] = DIVERGING_LUT[i + 2];
    } else {
      [px[p], px[p + 1], px[p + 2]] = EMPTY;
    }
    px[p + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}

function cellSize(rows: number, cols: number): number {
  const n = Math.max(rows, cols);
  return n <= 4 ? 22 : n <= 8 ? 17 : 13;
}

function LayerMatrix({ layer, spec, features, offsets, params, highlight, onHover }: LayerMatrixProps) {
  const { inputs: rows, units: cols } = offsets;
  const cell = cellSize(rows, cols);
  const width = cols * cell;
  const height = (rows + 1) * cell + BIAS_GAP;
  const kernelRef = useRef<HTMLCanvasElement>(null);
  const biasRef = useRef<HTMLCanvasElement>(null);
  const [active, setActive] = useState<Cell | null>(null);
  const liveId = useId();

  // Symmetric range over the kernel and the bias.
  let max = 0;
  if (params) {
    const end = offsets.bias + cols;
    for (let i = offsets.kernel; i < end; i++) {
      const a = Math.abs(params[i]);
      if (a > max && Number.isFinite(a)) max = a;
    }
  }
  const range = max > 0 ? max : 1;

  // One pixel per cell, scaled up by CSS without smoothing; a CSS overlay draws the grid lines.
  useEffect(() => {
    if (kernelRef.current) paintCells(kernelRef.current, params, offsets.kernel, cols, rows, range);
    if (biasRef.current) paintCells(biasRef.current, params, offsets.bias, cols, 1, range);
  }, [params, range, rows, cols, offsets]);

  const cellAt = (x: number, y: number): Cell | null => {
    const col = Math.floor(x / cell);
    if (col < 0 || col >= cols) return null;
    if (y >= 0 && y < rows * cell) return { row: Math.floor(y / cell), col };
    const by = y - rows * cell - BIAS_GAP;
    if (by >= 0 && by < cell) return { row: -1, col };
    return null;
  };

  const show = (next: Cell | null) => {
    setActive((prev) => (prev?.row === next?.row && prev?.col === next?.col ? prev : next));
    if (next?.row !== active?.row || next?.col !== active?.col) onHover?.(next ? { layer, unit: next.col, input: next.row } : null);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    show(cellAt(e.clientX - rect.left, e.clientY - rect.top));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = active ?? { row: 0, col: 0 };
    // Rows in display order: 0..rows-1, then the bias row (-1).
    const order = at.row < 0 ? rows : at.row;
    let next: Cell | null = null;
    if (e.key === 'ArrowRight') next = { row: at.row, col: Math.min(cols - 1, at.col + 1) };
    else if (e.key === 'ArrowLeft') next = { row: at.row, col: Math.max(0, at.col - 1) };
    else if (e.key === 'ArrowDown') next = { row: order + 1 >= rows ? -1 : order + 1, col: at.col };
    else if (e.key === 'ArrowUp') next = { row: Math.max(0, order - 1), col: at.col };
    else if (e.key === 'Home') next = { row: 0, col: 0 };
    else if (e.key === 'Escape') next = null;
    else return;
    e.preventDefault();
    show(next);
  };

  const describe = (c: Cell): string => {
    if (c.row < 0) {
      const v = params ? formatValue(params[offsets.bias + c.col]) : '…';
      return `b = ${v}, bias of neuron ${c.col + 1} of ${layerName(spec, layer)}`;
    }
    const v = params ? formatValue(params[paramIndex(offsets, c.col, c.row)]) : '…';
    return `w = ${v} from ${sourceName(spec, features, layer, c.row)} to neuron ${c.col + 1} of ${layerName(spec, layer)}`;
  };

  const biasY = rows * cell + BIAS_GAP;
  // Outlines: the active cell, or whatever the graph highlights in this layer.
  const marks: { x: number; y: number; w: number; h: number }[] = [];
  const rowY = (row: number) => (row < 0 ? biasY : row * cell);
  if (active) {
    marks.push({ x: active.col * cell, y: rowY(active.row), w: cell, h: cell });
  } else if (highlight) {
    const { unit, input } = highlight;
    if (highlight.layer === layer) {
      if (unit !== undefined && unit < cols && input !== undefined && input < rows) {
        marks.push({ x: unit * cell, y: rowY(input), w: cell, h: cell });
      } else if (unit !== undefined && unit < cols && input === undefined) {
        marks.push({ x: unit * cell, y: 0, w: cell, h: height });
      } else if (unit === undefined && input !== undefined && input >= 0 && input < rows) {
        marks.push({ x: 0, y: input * cell, w: width, h: cell });
      }
    } else if (highlight.layer === layer - 1 && unit !== undefined && input === undefined && unit < rows) {
      // A neuron of the layer before feeds this layer through one row.
      marks.push({ x: 0, y: unit * cell, w: width, h: cell });
    }
  }

  const rowLabel = (r: number) => (layer === 0 ? (features[r] ? FEATURE_LABELS[features[r]] : `${r + 1}`) : `${r + 1}`);
  const isOutput = layer === spec.layers.length - 1;
  const title = isOutput ? `Output layer ${layer + 1}` : `Layer ${layer + 1}`;
  const activeText = active ? describe(active) : '';

  return (
    <figure className="nn-matrix" data-testid={`weight-matrix-${layer}`}>
      <figcaption className="nn-matrix__title">
        {title}
        <span className="nn-matrix__shape">
          {rows} × {cols} + bias
        </span>
      </figcaption>
      <div className="nn-matrix__body">
        <span className="nn-matrix__corner" aria-hidden="true">
          from ↓ to →
        </span>
        <div className="nn-matrix__cols" aria-hidden="true" style={{ width }}>
          {Array.from({ length: cols }, (_, c) => (
            <span key={c} style={{ width: cell }} title={unitName(spec, layer, c)}>
              {cols <= 9 || c % 2 === 0 ? c + 1 : ''}
            </span>
          ))}
        </div>
        <div className="nn-matrix__rows" aria-hidden="true">
          {Array.from({ length: rows }, (_, r) => (
            <span key={r} style={{ height: cell }} title={sourceName(spec, features, layer, r)}>
              {rowLabel(r)}
            </span>
          ))}
          <span className="nn-matrix__bias-label" style={{ height: cell, marginTop: BIAS_GAP }}>
            bias
          </span>
        </div>
        <div
          className="nn-matrix__canvas-wrap"
          style={{ width, height }}
          tabIndex={0}
          role="img"
          aria-label={`Weights of ${layerName(spec, layer)}: ${rows} inputs × ${cols} neurons, plus ${cols} biases, from ${formatShort(-range)} to ${formatShort(range)}. Arrow keys read single values.`}
          aria-describedby={liveId}
          onPointerMove={onPointerMove}
          onPointerLeave={() => show(null)}
          onKeyDown={onKeyDown}
          onBlur={() => show(null)}
        >
          <canvas ref={kernelRef} className="nn-matrix__canvas" style={{ width, height: rows * cell }} />
          <canvas ref={biasRef} className="nn-matrix__canvas" style={{ width, height: cell, marginTop: BIAS_GAP }} />
          <span className="nn-matrix__lines" style={{ height: rows * cell, backgroundSize: `${cell}px ${cell}px` }} />
          <span className="nn-matrix__lines" style={{ top: biasY, height: cell, backgroundSize: `${cell}px ${cell}px` }} />
          {marks.map((m, i) => (
            <span key={i} className="nn-matrix__mark" style={{ left: m.x - 1, top: m.y - 1, width: m.w + 1, height: m.h + 1 }} />
          ))}
          {active && (
            <span
              className="nn-matrix__tip"
              role="tooltip"
              style={active.col < cols / 2 ? { left: active.col * cell, top: rowY(active.row) + cell + 4 } : { right: (cols - 1 - active.col) * cell, top: rowY(active.row) + cell + 4 }}
            >
              {activeText}
            </span>
          )}
        </div>
      </div>
      <Legend range={range} width={Math.max(96, Math.min(180, width))} />
      <span id={liveId} className="nn-sr-only" aria-live="polite">
        {activeText}
      </span>
    </figure>
  );
}

const LEGEND_STOPS = Array.from({ length: 11 }, (_, i) => -1 + i / 5);

function Legend({ range, width }: { range: number; width: number }) {
  const id = useId();
  return (
    <div className="nn-matrix__legend" aria-hidden="true">
      <span>{formatShort(-range)}</span>
      <svg width={width} height={12}>
        <defs>
          <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
            {LEGEND_STOPS.map((v, i) => (
              <stop key={i} offset={`${i * 10}%`} stopColor={divergingColor(v, 1)} />
            ))}
          </linearGradient>
        </defs>
        <rect x={0.5} y={0.5} width={width - 1} height={11} rx={2} fill={`url(#${id})`} stroke="#c7ced6" />
        <line x1={width / 2} x2={width / 2} y1={0} y2={12} stroke="#8a949e" strokeWidth={1} />
      </svg>
      <span>{formatShort(range)}</span>
    </div>
  );
}
