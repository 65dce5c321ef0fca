// A hidden layer's header: its name, − and + for its neurons (or a typed size for wide layers), and its activation.

import { useState } from 'react';
import type { ActivationName } from '../../engine/types.ts';
import { LIMITS } from '../../setup/limits.ts';
import { LOCKED_TITLE, type GraphLocks } from './graphTypes.ts';
import { ACTIVATION_LABELS, ACTIVATION_SHORT, HIDDEN_ACTIVATION_CHOICES, plural } from './labels.ts';

export interface LayerHeadProps {
  index: number;
  units: number;
  activation: ActivationName;
  left: number;
  width: number;
  compact: boolean;
  maxUnits: number;
  onUnitsChange: (layer: number, delta: number) => void;
  onUnitsSet?: (layer: number, units: number) => void;
  onActivationChange: (layer: number, activation: ActivationName) => void;
  /** Why this layer cannot have `size` neurons (the parameter cap), or null. */
  blockOf: (layer: number, size: number) => string | null;
  /** What the teacher locked: its size (layers) or its activation. */
  locked?: GraphLocks;
}

export function LayerHead({ index, units, activation, left, width, compact, maxUnits, onUnitsChange, onUnitsSet, onActivationChange, blockOf, locked }: LayerHeadProps) {
  const sizeLocked = locked?.layers ?? false;
  const activationLocked = locked?.activation ?? false;
  const addBlock = units < maxUnits ? blockOf(index, units + 1) : null;
  const n = index + 1;
  // Layers that may be wide (tables) take a typed size: 128 clicks on + would be no way to get there.
  const typed = onUnitsSet && maxUnits > LIMITS.units.max;
  return (
    <div className={compact ? 'nn-head nn-head--hidden is-compact' : 'nn-head nn-head--hidden'} style={{ left, width }}>
      <span className="nn-head__title">Layer {n}</span>
      <div className="nn-units">
        <button
          type="button"
          className="nn-btn nn-btn--mini"
          aria-label={`Remove neuron from layer ${n}`}
          title={sizeLocked ? LOCKED_TITLE : undefined}
          disabled={sizeLocked || units <= LIMITS.units.min}
          onClick={() => onUnitsChange(index, -1)}
        >
          −
        </button>
        {typed ? (
          <UnitsField key={units} layer={n} units={units} max={maxUnits} locked={sizeLocked} blockOf={(size) => blockOf(index, size)} onCommit={(v) => onUnitsSet(index, v)} />
        ) : (
          <span className="nn-units__count" title={`${plural(units, 'neuron')} in layer ${n}`}>
            {units}
          </span>
        )}
        <button
          type="button"
          className="nn-btn nn-btn--mini"
          aria-label={`Add neuron to layer ${n}`}
          title={sizeLocked ? LOCKED_TITLE : (addBlock ?? undefined)}
          disabled={sizeLocked || units >= maxUnits || addBlock !== null}
          onClick={() => onUnitsChange(index, +1)}
        >
          +
        </button>
      </div>
      <label
        className="nn-select"
        title={activationLocked ? `${ACTIVATION_LABELS[activation]}: ${LOCKED_TITLE.toLowerCase()}` : `Activation of layer ${n}: ${ACTIVATION_LABELS[activation]}`}
      >
        <span className="nn-select__text" aria-hidden="true">
          {compact ? ACTIVATION_SHORT[activation] : ACTIVATION_LABELS[activation].replace(' (none)', '')}
        </span>
        <select
          aria-label={`Activation of layer ${n}`}
          value={activation}
          disabled={activationLocked}
          onChange={(e) => onActivationChange(index, e.target.value as ActivationName)}
        >
          {HIDDEN_ACTIVATION_CHOICES.map((a) => (
            <option key={a} value={a}>
              {ACTIVATION_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** A layer's size as a small text field: Enter or leaving it applies, Escape restores. */
interface UnitsFieldProps {
  layer: number;
  units: number;
  max: number;
  blockOf: (size: number) => string | null;
  onCommit: (units: number) => void;
  locked: boolean;
}

function UnitsField({ layer, units, max, blockOf, onCommit, locked }: UnitsFieldProps) {
  const [text, setText] = useState(String(units));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const v = Number(text.trim());
    if (!Number.isFinite(v) || text.trim() === '' || Math.round(v) === units) {
      setText(String(units));
      setError(null);
      return;
    }
    // A size out of range is never changed silently: it stays typed, with the limit said beside it.
    const size = Math.round(v);
    if (size < LIMITS.units.min || size > max) {
      setError(`${size} is out of range: a layer here has ${LIMITS.units.min} to ${max} neurons.`);
      return;
    }
    // Checked against the parameter cap before anything changes.
    const block = blockOf(size);
    if (block) setError(block);
    else onCommit(size);
  };
  return (
    <>
      <input
        className="nn-units__field"
        type="text"
        inputMode="numeric"
        aria-label={`Neurons in layer ${layer}`}
        title={locked ? LOCKED_TITLE : `Neurons in layer ${layer}: 1 to ${max}`}
        disabled={locked}
        value={text}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setText(String(units));
            setError(null);
          }
        }}
      />
      {error && (
        <span className="nn-units__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
