// A labelled number input over the shared draft behaviour (numberDraft.ts): typing never applies a
// half-typed value; Enter or leaving the field applies a valid one, and a value that cannot be used
// stays typed with the reason beside it while the old one goes on working.

import { useId } from 'react';
import type { ControlId } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';
import { useNumberDraft, type DraftEnd, type NumberRule } from '../numberDraft.ts';
import { useFieldTip } from './FieldTip.tsx';

interface NumberFieldProps {
  label: string;
  value: number;
  rule: NumberRule;
  onCommit(value: number): void;
  /** Called when the learner is done with the field: a value applied, or the draft dropped (Escape, or nothing changed). */
  onDone?(): void;
  autoFocus?: boolean;
  title?: string;
  /** The control a teacher may lock: then it shows, locked, and cannot be changed. */
  lock?: ControlId;
}

export function NumberField({ label, value, rule, onCommit, onDone, autoFocus, title, lock }: NumberFieldProps) {
  const id = useId();
  const errorId = useId();
  const { locked } = useLock(lock ?? 'dataset');
  const isLocked = lock !== undefined && locked;
  const { describedBy, tip } = useFieldTip(title);
  const { error, inputProps } = useNumberDraft(value, rule, onCommit, (end: DraftEnd) => {
    if (end !== 'refused') onDone?.();
  });
  return (
    <div className={isLocked ? 'field is-locked' : 'field'} title={isLocked ? LOCKED_HINT : undefined}>
      <label htmlFor={id}>
        {label}
        {isLocked && <LockMark />}
      </label>
      <input
        id={id}
        className="field-number"
        type="text"
        inputMode={rule.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        disabled={isLocked}
        aria-disabled={isLocked || undefined}
        aria-describedby={[error ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        {...inputProps}
      />
      {error && (
        <span id={errorId} className="field-hint" role="alert">
          {error}
        </span>
      )}
      {tip}
    </div>
  );
}
