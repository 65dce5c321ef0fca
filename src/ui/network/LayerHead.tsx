// A hidden layer's header: its name, − and + for its neurons (or a typed size for wide layers), and its activation.

import type { ActivationName } from '../../engine/types.ts';
import { LIMITS } from '../../setup/limits.ts';
import { useNumberDraft, type NumberRule } from '../numberDraft.ts';
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

/** A layer's size as a small text field, with the shared draft behaviour (numberDraft.ts): Enter or leaving it applies, Escape restores. */
interface UnitsFieldProps {
  layer: number;
  units: number;
  max: number;
  blockOf: (size: number) => string | null;
  onCommit: (units: number) => void;
  locked: boolean;
}

function UnitsField({ layer, units, max, blockOf, onCommit, locked }: UnitsFieldProps) {
  // Checked against the parameter cap too, before anything changes.
  const rule: NumberRule = { min: LIMITS.units.min, max, integer: true, range: `a layer here has ${LIMITS.units.min} to ${max} neurons`, refuse: blockOf };
  const { error, inputProps } = useNumberDraft(units, rule, onCommit);
  return (
    <>
      <input
        className="nn-units__field"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={`Neurons in layer ${layer}`}
        title={locked ? LOCKED_TITLE : `Neurons in layer ${layer}: 1 to ${max}`}
        disabled={locked}
        onFocus={(e) => e.currentTarget.select()}
        {...inputProps}
      />
      {error && (
        <span className="nn-units__error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
