// A labelled <select> over typed values. The label element gives the control its accessible name;
// option values are the values themselves as text, so "0.03" means 0.03 to tests and to assistive tech.

import { useId } from 'react';
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
}

export function SelectField<T extends string | number>({ label, value, options, onChange, disabled, title, note, hideLabel }: SelectFieldProps<T>) {
  const id = useId();
  const { describedBy, tip } = useFieldTip(title);
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
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
