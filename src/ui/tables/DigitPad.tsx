// Draw a digit and see what the network makes of it, as you draw. The drawing is reduced the way MNIST's
// digits were made (fitted into 20 x 20 pixels, centred by its mass in 28 x 28, anti-aliased), and the
// network answers with the weights of the latest frame from the worker, computed here on the page.

import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { paintInk } from '../network/heatmaps.ts';
import { COLORS } from '../tokens.ts';
import { toMnist } from './digitImage.ts';
import { useForward } from '../useForward.ts';
import { validationRow } from '../../tables/prepare.ts';
import { DIGITS_SIDE } from '../../tables/sources.ts';
import { isDigits } from '../../setup/catalogue.ts';
import { selectSample, selectTable, useTableStore } from '../../state/tableStore.ts';

/** Backing pixels of the drawing canvas, and the pen's width in them (a thick felt-tip, like MNIST's strokes). */
const PAD = 280;
const PEN = 22;

export function DigitPad() {
  const padRef = useRef<HTMLCanvasElement>(null);
  const previewRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);
  const table = useTableStore(selectTable);
  const sample = useTableStore(selectSample);
  const [drawn, setDrawn] = useState(sample?.origin === 'drawn');
  const side = table?.image?.rows ?? DIGITS_SIDE;
  const ready = table !== null && isDigits(table.source) && table.image !== null;
  const layers = useForward(ready && sample ? sample.x : null);
  const probabilities = layers?.at(-1) ?? null;

  useEffect(() => {
    const pad = padRef.current;
    if (!pad) return;
    pad.width = PAD;
    pad.height = PAD;
  }, []);

  useEffect(() => {
    if (previewRef.current) paintInk(previewRef.current, sample && sample.x.length === side * side ? sample.x : null, side, side);
  }, [sample, side]);

  // Reads the drawing, reduces it like MNIST, and makes it the sample everything follows.
  const update = useCallback(() => {
    frame.current = 0;
    const pad = padRef.current;
    const ctx = pad?.getContext('2d', { willReadFrequently: true });
    if (!pad || !ctx) return;
    const rgba = ctx.getImageData(0, 0, PAD, PAD).data;
    const ink = new Float32Array(PAD * PAD);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[i * 4 + 3] / 255;
    const digit = toMnist(ink, PAD, PAD, side, Math.round((side * 20) / 28));
    if (digit) useTableStore.getState().setSample({ origin: 'drawn', index: -1, x: digit.pixels });
  }, [side]);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * PAD, y: ((e.clientY - rect.top) / rect.height) * PAD };
  };

  const stroke = (to: { x: number; y: number }) => {
    const ctx = padRef.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const from = last.current ?? to;
    ctx.strokeStyle = COLORS.text;
    ctx.fillStyle = COLORS.text;
    ctx.lineWidth = PEN;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + (from.x === to.x && from.y === to.y ? 0.01 : 0), to.y);
    ctx.stroke();
    last.current = to;
    if (!frame.current) frame.current = requestAnimationFrame(update);
  };

  const clear = () => {
    const ctx = padRef.current?.getContext('2d', { willReadFrequently: true });
    ctx?.clearRect(0, 0, PAD, PAD);
    setDrawn(false);
    if (table) {
      const x = validationRow(table, 0);
      useTableStore.getState().setSample(x ? { origin: 'row', index: 0, x } : null);
    }
  };

  const step = (delta: number) => {
    if (!table) return;
    const index = sample?.origin === 'row' ? (sample.index + delta + table.validationCount) % table.validationCount : 0;
    const x = validationRow(table, index);
    if (x) useTableStore.getState().setSample({ origin: 'row', index, x });
  };

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const label = sample?.origin === 'row' && table ? table.classNames[table.validationTargets[sample.index]] : null;
  const caption = !sample
    ? ''
    : sample.origin === 'drawn'
      ? 'your digit'
      : `validation digit ${sample.index + 1}${label !== undefined && label !== null ? `, labelled ${label}` : ''}`;

  return (
    <div className="digit-pad">
      <div className="digit-pad__draw">
        <canvas
          ref={padRef}
          className={`digit-pad__canvas${drawn ? ' has-ink' : ''}`}
          data-testid="digit-canvas"
          role="img"
          aria-label="Drawing area: draw a digit with the mouse, a pen or a finger"
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            last.current = null;
            setDrawn(true);
            stroke(point(e));
          }}
          onPointerMove={(e) => {
            if (e.buttons === 0 && e.pointerType === 'mouse') return;
            if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
            stroke(point(e));
          }}
          onPointerUp={() => {
            last.current = null;
          }}
          onPointerCancel={() => {
            last.current = null;
          }}
        />
        {!drawn && <span className="digit-pad__hint">Draw a digit here</span>}
        <div className="digit-pad__buttons">
          <button type="button" className="button small" onClick={clear} disabled={!drawn}>
            Clear
          </button>
          <button type="button" className="button small" onClick={() => step(-1)} aria-label="Previous validation digit" disabled={!ready}>
            ‹
          </button>
          <button type="button" className="button small" onClick={() => step(1)} aria-label="Next validation digit" disabled={!ready}>
            ›
          </button>
        </div>
      </div>
      <div className="digit-pad__answer">
        <div className="digit-pad__seen">
          <canvas ref={previewRef} className="digit-pad__preview" aria-hidden="true" />
          <p className="muted">
            What the network sees: {caption || 'nothing yet'}, {side}×{side} pixels
          </p>
        </div>
        <Probabilities values={probabilities} />
      </div>
    </div>
  );
}

/** One bar per class: the network's probability for it, the largest in bold. */
export function Probabilities({ values }: { values: ArrayLike<number> | null }) {
  const table = useTableStore(selectTable);
  const names = table?.classNames ?? [];
  if (!values || values.length !== names.length) {
    return <p className="muted probabilities__empty">The probabilities appear once the network has weights for this data.</p>;
  }
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return (
    <ol className="probabilities" aria-label="The network's probability for each digit" data-testid="probabilities">
      {names.map((name, i) => (
        <li key={name} className={i === best ? 'is-best' : undefined}>
          <span className="probabilities__name">{name}</span>
          <span className="probabilities__bar">
            <span style={{ width: `${Math.max(0, Math.min(1, values[i])) * 100}%` }} />
          </span>
          <span className="probabilities__value tabular" data-testid={`prob-${i}`}>
            {(values[i] * 100).toFixed(1)}%
          </span>
        </li>
      ))}
    </ol>
  );
}
