// A labelled range input that shows its value beside the label.

import { useId } from 'react';
import type { ControlId } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';
import { useFieldTip } from './FieldTip.tsx';

interface SliderFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value as read aloud and shown, e.g. "30%". */
  display: string;
  onChange(value: number): void;
  title?: string;
  /** The control a teacher may lock: then it shows, locked, and cannot be changed. */
  lock?: ControlId;
}

export function SliderField({ label, value, min, max, step, display, onChange, title, lock }: SliderFieldProps) {
  const id = useId();
  const { locked } = useLock(lock ?? 'dataset');
  const isLocked = lock !== undefined && locked;
  const { describedBy, tip } = useFieldTip(title);
  return (
    <div className={isLocked ? 'field slider-field is-locked' : 'field slider-field'} title={isLocked ? LOCKED_HINT : undefined}>
      <div className="slider-label">
        <label htmlFor={id}>
          {label}
          {isLocked && <LockMark />}
        </label>
        <span className="slider-value" aria-hidden="true">
          {display}
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={display}
        disabled={isLocked}
        aria-disabled={isLocked || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {tip}
    </div>
  );
}
