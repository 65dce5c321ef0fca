// A labelled <select> over typed values. The label element gives the control its accessible name;
// option values are the values themselves as text, so "0.03" means 0.03 to tests and to assistive tech.

import { useId } from 'react';
import type { ControlId } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';
import { useFieldTip } from './FieldTip.tsx';

export interface Option<T> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange(value: T): void;
  disabled?: boolean;
  /** A longer explanation, shown as a tooltip on hover and focus. */
  title?: string;
  /** A short line under the select that stays in view (say, Keras' default for this setting). */
  note?: string;
  /** Keep the label for assistive tech only, where the surroundings already say what the select is. */
  hideLabel?: boolean;
  /** The control a teacher may lock: then it shows, locked, and cannot be changed. */
  lock?: ControlId;
}

export function SelectField<T extends string | number>({ label, value, options, onChange, disabled, title, note, hideLabel, lock }: SelectFieldProps<T>) {
  const id = useId();
  const { locked } = useLock(lock ?? 'dataset');
  const isLocked = lock !== undefined && locked;
  const { describedBy, tip } = useFieldTip(title);
  return (
    <div className={isLocked ? 'field is-locked' : 'field'} title={isLocked ? LOCKED_HINT : undefined}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {isLocked && <LockMark />}
      </label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled || isLocked}
        aria-disabled={isLocked || undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {note && <span className="field-note">{note}</span>}
      {tip}
    </div>
  );
}
