// Small pieces the walkthrough's steps share: numbers at the chosen precision, editable weights,
// coloured terms that point at their connection, and the lines of a derivation.

import { useState, type ReactNode } from 'react';
import { parseNumber } from '../network/parseNumber.ts';
import { NEGATIVE, POSITIVE } from '../colors.ts';
import { selectDecimals, useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { useViewStore, type Highlight } from '../../state/viewStore.ts';
import { formatFactor, formatNumber, signed } from '../format.ts';
import { editParam } from './actions.ts';

export function useFormat() {
  const decimals = useWalkthroughStore(selectDecimals);
  return {
    decimals,
    n: (v: number) => formatNumber(v, decimals),
    factor: (v: number) => formatFactor(v, decimals),
    signed: (v: number) => signed(v, decimals),
  };
}

/** A number at the chosen precision; hovering shows every digit the computer holds. */
export function Num({ v, testId, className }: { v: number; testId?: string; className?: string }) {
  const { n } = useFormat();
  return (
    <span className={className ? `num ${className}` : 'num'} title={String(v)} data-testid={testId}>
      {n(v)}
    </span>
  );
}

/** In a product: negative numbers in parentheses. */
export function Factor({ v }: { v: number }) {
  const { factor } = useFormat();
  return (
    <span className="num" title={String(v)}>
      {factor(v)}
    </span>
  );
}

/** The step's own target while nothing more specific is hovered. */
let restingTarget: Highlight | null = null;

export function setRestingTarget(target: Highlight | null): void {
  restingTarget = target;
  useViewStore.getState().setHighlight(target);
}

export function getRestingTarget(): Highlight | null {
  return restingTarget;
}

/** Props that make an element point at a part of the network while hovered or focused. */
export function pointsAt(target: Highlight) {
  const on = () => useViewStore.getState().setHighlight(target);
  const off = () => useViewStore.getState().setHighlight(restingTarget);
  return { onMouseEnter: on, onMouseLeave: off, onFocus: on, onBlur: off };
}

/** A term of a sum, coloured by sign (orange negative, blue positive) and by its share of the largest. */
export function Term({ v, scale, target, testId, children }: { v: number; scale: number; target?: Highlight; testId?: string; children?: ReactNode }) {
  const { n } = useFormat();
  const strength = Math.min(1, Math.abs(v) / scale);
  const color = v < 0 ? NEGATIVE : POSITIVE;
  const style = v === 0 ? undefined : { background: `color-mix(in srgb, ${color} ${Math.round(8 + 34 * strength)}%, white)`, borderColor: color };
  return (
    <span className={`term${v === 0 ? ' is-zero' : ''}`} style={style} title={String(v)} data-testid={testId} {...(target ? pointsAt(target) : {})}>
      {children ?? n(Math.abs(v))}
    </span>
  );
}

/** Terms joined by + and −, each coloured; the first keeps its own sign. */
export function SignedSum({ items }: { items: { key: string; v: number; scale: number; target?: Highlight; label?: string }[] }) {
  const { n, signed } = useFormat();
  return (
    <>
      {items.map((t, i) => {
        const s = signed(t.v);
        return (
          <span key={t.key} className="walk-sum__item">
            {i > 0 && <span className="op">{s.op}</span>}
            <Term v={t.v} scale={t.scale} target={t.target}>
              {i === 0 ? n(t.v) : s.text}
              {t.label && <span className="term__label">{t.label}</span>}
            </Term>
          </span>
        );
      })}
    </>
  );
}

/** One line of a derivation: a left-hand side (empty to continue the line above), then "= ..." (or another sign). */
export function Line({ lhs, eq = '=', children, result, testId }: { lhs?: ReactNode; eq?: ReactNode; children: ReactNode; result?: boolean; testId?: string }) {
  return (
    <div className={result ? 'walk-line is-result' : 'walk-line'} data-testid={testId}>
      <span className="walk-line__lhs">{lhs}</span>
      <span className="walk-line__eq">{lhs === undefined ? '' : eq}</span>
      <span className="walk-line__rhs">{children}</span>
    </div>
  );
}

export function Derivation({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="walk-derivation" role="group" aria-label={label}>
      {children}
    </div>
  );
}

/** A weight or bias shown as a number that can be clicked and retyped (1/2, −0.3, 2e-3 ...). */
export function EditableParam({ layer, unit, input, value, name }: { layer: number; unit: number; input: number; value: number; name: string }) {
  const { factor } = useFormat();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState('');
  const target: Highlight = { layer, unit, input };
  const label = `${name}, ${input < 0 ? 'the bias' : `weight ${input + 1}`} of ${layer === 0 ? 'layer 1' : `layer ${layer + 1}`} neuron ${unit + 1}`;
  const commit = (t: string) => {
    const parsed = parseNumber(t);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setText(null);
    setError('');
    if (parsed.value !== value) editParam(layer, unit, input, parsed.value);
  };
  if (text === null) {
    return (
      <button
        type="button"
        className="walk-edit"
        aria-label={`Edit ${label}`}
        title={`${String(value)} · click to type a new value`}
        onClick={() => setText(String(value))}
        {...pointsAt(target)}
      >
        {/* In brackets when negative, as written by hand after a + sign: w·x + (−0.3). */}
        {factor(value)}
      </button>
    );
  }
  return (
    <span className="walk-edit-field">
      <input
        className="walk-edit-input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        autoFocus
        value={text}
        size={Math.max(4, text.length + 1)}
        spellCheck={false}
        autoComplete="off"
        enterKeyHint="done"
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setText(e.target.value);
          setError('');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(text);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setText(null);
            setError('');
          }
        }}
        onBlur={() => {
          if (parseNumber(text).ok) commit(text);
          else {
            setText(null);
            setError('');
          }
        }}
      />
      {error && (
        <span className="walk-edit-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
