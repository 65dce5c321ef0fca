// Each layer's kernel as a heatmap (rows = inputs, columns = units) with its bias row underneath,
// on a diverging colour scale symmetric around 0 at the layer's largest |value|. Live during training.
// When the inputs are the pixels of an image, the first layer is a grid of pictures instead: each
// neuron's incoming weights laid out like the image they look at.
// Hovering (or moving with the arrow keys over) a cell reports it, so the graph can light up the same
// connection.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import type { FeatureName } from '../../engine/datasets/names.ts';
import { paintPixels } from '../canvas.ts';
import { featureLabels, formatShort, formatValue, layerName, sourceName, unitName } from './labels.ts';
import type { Highlight } from '../../state/viewStore.ts';
import { paramIndex, paramOffsets, type LayerOffsets } from './params.ts';
import { Legend } from './WeightLegend.tsx';
import { WeightPictures } from './WeightPictures.tsx';
import { writeWeightPixel } from './weightPixel.ts';
import './network.css';

export interface WeightMatricesProps {
  spec: ModelSpec;
  /** Features switched on, in kernel-0 row order (spec.inputs entries). */
  activeFeatures: readonly FeatureName[];
  /** A table's input names, in kernel-0 row order; replaces the features. */
  inputNames?: readonly string[] | null;
  /** The inputs are the pixels of an image: the first layer is drawn as one picture per neuron. */
  inputImage?: { rows: number; cols: number } | null;
  /** Every parameter in Keras order; cells stay grey unless its length fits `spec`. */
  params: Float64Array | null;
  /** Outline the cells of a connection, bias, neuron (its column) or input (its row). */
  highlight?: Highlight | null;
  /** Called with { layer, unit, input } (input -1 for a bias) while a cell is hovered; null on leaving. */
  onHover?: (target: Highlight | null) => void;
}

export function WeightMatrices({ spec, activeFeatures, inputNames, inputImage, params, highlight, onHover }: WeightMatricesProps) {
  const offsets = useMemo(
    () =>
      paramOffsets(
        spec.inputs,
        spec.layers.map((l) => l.units),
      ),
    [spec],
  );
  const valid = params && params.length === offsets.total ? params : null;
  const labels = useMemo(() => (inputNames ? [...inputNames] : featureLabels(activeFeatures)), [inputNames, activeFeatures]);
  const pictures = inputImage && inputImage.rows * inputImage.cols === spec.inputs ? inputImage : null;
  return (
    <div className="nn-matrices" role="group" aria-label="Weight matrices">
      {spec.layers.map((_, layer) =>
        layer === 0 && pictures ? (
          <WeightPictures key={layer} spec={spec} offsets={offsets.layers[0]} params={valid} image={pictures} onHover={onHover} />
        ) : (
          <LayerMatrix key={layer} layer={layer} spec={spec} labels={labels} offsets={offsets.layers[layer]} params={valid} highlight={highlight ?? null} onHover={onHover} />
        ),
      )}
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
  /** Names of the first layer's inputs. */
  labels: readonly string[];
  offsets: LayerOffsets;
  params: Float64Array | null;
  highlight: Highlight | null;
  onHover?: (target: Highlight | null) => void;
}

const BIAS_GAP = 5;

function paintCells(canvas: HTMLCanvasElement, params: Float64Array | null, start: number, cols: number, rows: number, range: number) {
  paintPixels(canvas, cols, rows, (px) => {
    for (let c = 0; c < cols * rows; c++) writeWeightPixel(px, c * 4, params ? params[start + c] : null, range);
  });
}

function cellSize(rows: number, cols: number): number {
  const n = Math.max(rows, cols);
  return n <= 4 ? 22 : n <= 8 ? 17 : n <= 16 ? 13 : n <= 32 ? 8 : n <= 64 ? 6 : 4;
}

/** Labels every `step` rows (or columns) when cells are too small for one each: a step of 1, 2, 5, 10, 20 or 50. */
function labelStep(cell: number, room: number): number {
  const needed = Math.ceil(room / cell);
  return [1, 2, 5, 10, 20, 50].find((s) => s >= needed) ?? needed;
}

function LayerMatrix({ layer, spec, labels, offsets, params, highlight, onHover }: LayerMatrixProps) {
  const { inputs: rows, units: cols } = offsets;
  const cell = cellSize(rows, cols);
  // Rows need a line of text each; columns the width of their largest number.
  const rowStep = cell >= 11 ? 1 : labelStep(cell, 12);
  const colStep = cell >= 11 ? 1 : labelStep(cell, String(cols).length * 6.5 + 3);
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
    return `w = ${v} from ${sourceName(spec, labels, layer, c.row)} to neuron ${c.col + 1} of ${layerName(spec, layer)}`;
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

  // Long column names are cut short beside the rows; the full name is in the title and the tooltip.
  const rowLabel = (r: number) => (layer === 0 && labels[r] ? labels[r] : `${r + 1}`);
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
          {Array.from({ length: Math.ceil(cols / colStep) }, (_, g) => {
            const c = g * colStep;
            return (
              <span key={c} style={{ width: cell * Math.min(colStep, cols - c), ...(colStep > 1 ? { justifyContent: 'flex-start' } : {}) }} title={unitName(spec, layer, c)}>
                {colStep > 1 || cols <= 9 || c % 2 === 0 ? c + 1 : ''}
              </span>
            );
          })}
        </div>
        <div className="nn-matrix__rows" aria-hidden="true">
          {Array.from({ length: Math.ceil(rows / rowStep) }, (_, g) => {
            const r = g * rowStep;
            return (
              <span
                key={r}
                style={{ height: cell * Math.min(rowStep, rows - r), ...(rowStep > 1 ? { alignItems: 'flex-start', lineHeight: 1 } : {}) }}
                title={sourceName(spec, labels, layer, r)}
              >
                {rowStep > 1 ? r + 1 : rowLabel(r)}
              </span>
            );
          })}
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
          {cell >= 8 && (
            <>
              <span className="nn-matrix__lines" style={{ height: rows * cell, backgroundSize: `${cell}px ${cell}px` }} />
              <span className="nn-matrix__lines" style={{ top: biasY, height: cell, backgroundSize: `${cell}px ${cell}px` }} />
            </>
          )}
          {marks.map((m, i) => (
            <span key={i} className="nn-matrix__mark" style={{ left: m.x - 1, top: m.y - 1, width: m.w + 1, height: m.h + 1 }} />
          ))}
          {active && (
            <span
              className="nn-matrix__tip"
              role="tooltip"
              style={
                active.col < cols / 2 ? { left: active.col * cell, top: rowY(active.row) + cell + 4 } : { right: (cols - 1 - active.col) * cell, top: rowY(active.row) + cell + 4 }
              }
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
