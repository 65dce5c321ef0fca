// A hidden layer's header: its name, − and + for its neurons (or a typed size for wide layers), and its activation.

import { useState } from 'react';
import type { ActivationName } from '../../engine/types.ts';
import { LIMITS } from '../../setup/limits.ts';
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
}

export function LayerHead({ index, units, activation, left, width, compact, maxUnits, onUnitsChange, onUnitsSet, onActivationChange }: LayerHeadProps) {
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
          disabled={units <= LIMITS.units.min}
          onClick={() => onUnitsChange(index, -1)}
        >
          −
        </button>
        {typed ? (
          <UnitsField key={units} layer={n} units={units} max={maxUnits} onCommit={(v) => onUnitsSet(index, v)} />
        ) : (
          <span className="nn-units__count" title={`${plural(units, 'neuron')} in layer ${n}`}>
            {units}
          </span>
        )}
        <button
          type="button"
          className="nn-btn nn-btn--mini"
          aria-label={`Add neuron to layer ${n}`}
          disabled={units >= maxUnits}
          onClick={() => onUnitsChange(index, +1)}
        >
          +
        </button>
      </div>
      <label className="nn-select" title={`Activation of layer ${n}: ${ACTIVATION_LABELS[activation]}`}>
        <span className="nn-select__text" aria-hidden="true">
          {compact ? ACTIVATION_SHORT[activation] : ACTIVATION_LABELS[activation].replace(' (none)', '')}
        </span>
        <select
          aria-label={`Activation of layer ${n}`}
          value={activation}
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
function UnitsField({ layer, units, max, onCommit }: { layer: number; units: number; max: number; onCommit: (units: number) => void }) {
  const [text, setText] = useState(String(units));
  const commit = () => {
    const v = Number(text.trim());
    if (Number.isFinite(v) && text.trim() !== '' && Math.round(v) !== units) onCommit(Math.round(v));
    else setText(String(units));
  };
  return (
    <input
      className="nn-units__field"
      type="text"
      inputMode="numeric"
      aria-label={`Neurons in layer ${layer}`}
      title={`Neurons in layer ${layer}: 1 to ${max}`}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          setText(String(units));
        }
      }}
    />
  );
}

