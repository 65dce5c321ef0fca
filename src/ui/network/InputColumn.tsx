// The inputs column: the plane's seven features as switches with their pictures, or a table's inputs
// by name (a few) or as one block (an image, or a strip of values).

import { memo, useEffect, useRef } from 'react';
import { FEATURE_LABELS, FEATURES, type FeatureName } from '../../engine/datasets/names.ts';
import { paintPixels } from '../canvas.ts';
import { DIVERGING_LUT, divergingColor, lutIndex } from '../colors.ts';
import { paintFeature, paintInk } from './heatmaps.ts';
import { LOCKED_TITLE, type GraphTableInputs } from './graphTypes.ts';
import { plural } from './labels.ts';
import { LAYOUT, type FeatureSlot, type TableInputLayout } from './layout.ts';

interface FeatureButtonProps {
  slot: FeatureSlot;
  on: boolean;
  onlyOne: boolean;
  emphasised: boolean;
  /** The teacher locked the input features. */
  locked: boolean;
  onToggle: (name: FeatureName) => void;
}

export const FeatureButton = memo(function FeatureButton({ slot, on, onlyOne, emphasised, locked, onToggle }: FeatureButtonProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvasRef.current) paintFeature(canvasRef.current, slot.name);
  }, [slot.name]);
  const label = FEATURE_LABELS[slot.name];
  const height = Math.max(slot.thumb, 20);
  const lastOne = on && onlyOne;
  return (
    <button
      type="button"
      className={`nn-feature${on ? ' is-on' : ''}${emphasised ? ' is-emphasised' : ''}`}
      data-hit={`f:${slot.name}`}
      style={{ left: slot.left, top: slot.y - height / 2, height, width: LAYOUT.labelWidth + LAYOUT.labelGap + slot.thumb }}
      aria-pressed={on}
      aria-label={`Feature ${label}, ${on ? 'on' : 'off'}`}
      disabled={locked || lastOne}
      title={locked ? LOCKED_TITLE : lastOne ? 'At least one input must stay on' : undefined}
      onClick={() => onToggle(slot.name)}
    >
      <span className="nn-feature__label">{label}</span>
      <canvas ref={canvasRef} className="nn-feature__thumb" style={{ width: slot.thumb, height: slot.thumb }} />
    </button>
  );
});

interface TableInputColumnProps {
  table: TableInputLayout;
  image: { rows: number; cols: number } | null;
  values: ArrayLike<number> | null;
  caption: string;
  /** Input whose connections are emphasised, or -1. */
  emphasised: number;
}

/** Standardised inputs read well on a ±2 scale: two standard deviations from the mean saturate. */
const INPUT_COLOR_RANGE = 2;

/**
 * A table's inputs: each by name with a small node in the colour of its value for the followed sample,
 * or, when there are too many, one block: the picture itself for images, a strip of values otherwise.
 */
export function TableInputColumn({ table, image, values, caption, emphasised }: TableInputColumnProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const block = table.block;
  const count = image ? image.rows * image.cols : 0;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !block) return;
    if (image) {
      paintInk(canvas, values && values.length === count ? values : null, image.rows, image.cols);
      return;
    }
    // A strip of values, one row per input, on the diverging scale of the listed inputs.
    const n = values?.length ?? 0;
    paintStrip(canvas, values, n);
  }, [block, image, values, count]);

  if (table.mode === 'block' && block) {
    return (
      <div className="nn-input-block" data-hit="k" style={{ left: block.left, top: block.top, width: block.width, height: block.height }}>
        <canvas ref={canvasRef} className={image ? 'nn-input-block__image' : 'nn-input-block__strip'} aria-hidden="true" />
        {caption && (
          <span className="nn-input-block__caption" style={{ width: Math.max(block.width, 90) }}>
            {caption}
          </span>
        )}
      </div>
    );
  }
  return (
    <>
      {table.rows.map((row, i) => {
        const v = values && values.length === table.rows.length ? values[i] : NaN;
        return (
          <div
            key={i}
            className={`nn-table-input${emphasised === i ? ' is-emphasised' : ''}`}
            data-hit={`i:${i}`}
            style={{ left: table.labelLeft, top: row.y - 10, width: table.labelWidth + LAYOUT.labelGap + table.nodeSize }}
          >
            <span className="nn-table-input__label" style={{ width: table.labelWidth }} title={row.name}>
              {row.name}
            </span>
            <span
              className="nn-table-input__node"
              style={{ width: table.nodeSize, height: table.nodeSize, background: Number.isFinite(v) ? divergingColor(v, INPUT_COLOR_RANGE) : undefined }}
            />
          </div>
        );
      })}
    </>
  );
}

function paintStrip(canvas: HTMLCanvasElement, values: ArrayLike<number> | null, n: number): void {
  const rows = Math.max(1, n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, values![i]);
    hi = Math.max(hi, values![i]);
  }
  // Values of any range: symmetric around 0 when they have both signs, else from white at the smallest.
  const symmetric = lo < 0 && hi > 0;
  const range = Math.max(Math.abs(lo), Math.abs(hi)) || 1;
  paintPixels(canvas, 1, rows, (px) => {
    for (let i = 0; i < rows; i++) {
      const p = i * 4;
      if (!values || n === 0) {
        px.set([238, 241, 244, 255], p);
        continue;
      }
      const t = symmetric ? values[i] : (values[i] - lo) / (hi - lo || 1);
      const c = lutIndex(t, symmetric ? -range : -1, 1) * 3;
      px.set([DIVERGING_LUT[c], DIVERGING_LUT[c + 1], DIVERGING_LUT[c + 2], 255], p);
    }
  });
}

/** The note under "Inputs": how many features are on, or what a table's inputs are. */
export function inputNote(count: number, image: { rows: number; cols: number } | null, table: GraphTableInputs | null): string {
  if (!table) return `${count} of ${FEATURES.length} on`;
  if (image) return `${count} pixels (${image.rows}×${image.cols})`;
  return `${plural(count, table.standardised ? 'column' : 'input')}${table.standardised ? ', standardised' : ''}`;
}
