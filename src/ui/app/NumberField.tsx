// A labelled number input that tolerates half-typed text: the draft is shown as typed and
// committed only while it is a valid number in range; leaving the field shows the real value again.

import { useId, useState } from 'react';
import type { ControlId } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';
import { useFieldTip } from './FieldTip.tsx';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  integer?: boolean;
  onCommit(value: number): void;
  /** Called when the learner leaves the field or presses Enter or Escape. */
  onDone?(): void;
  autoFocus?: boolean;
  title?: string;
  /** The control a teacher may lock: then it shows, locked, and cannot be changed. */
  lock?: ControlId;
}

export function NumberField({ label, value, min, max, integer, onCommit, onDone, autoFocus, title, lock }: NumberFieldProps) {
  const id = useId();
  const { locked } = useLock(lock ?? 'dataset');
  const isLocked = lock !== undefined && locked;
  const [draft, setDraft] = useState<string | null>(null);
  const { describedBy, tip } = useFieldTip(title);
  const text = draft ?? String(value);
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));
  const finish = () => {
    setDraft(null);
    onDone?.();
  };
  return (
    <div className={isLocked ? 'field is-locked' : 'field'} title={isLocked ? LOCKED_HINT : undefined}>
      <label htmlFor={id}>
        {label}
        {isLocked && <LockMark />}
      </label>
      <input
        id={id}
        type="number"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        value={text}
        autoFocus={autoFocus}
        disabled={isLocked}
        aria-disabled={isLocked || undefined}
        aria-invalid={!valid}
        aria-describedby={describedBy}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const v = Number(next);
          if (next.trim() !== '' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v))) onCommit(v);
        }}
        onBlur={finish}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') finish();
        }}
      />
      {!valid && (
        <span className="field-hint">
          {integer ? 'A whole number' : 'A number'} from {min} to {max}
        </span>
      )}
      {tip}
    </div>
  );
}
