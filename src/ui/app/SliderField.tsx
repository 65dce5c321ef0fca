// A labelled range input that shows its value beside the label.

import { useId } from 'react';
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
}

export function SliderField({ label, value, min, max, step, display, onChange, title }: SliderFieldProps) {
  const id = useId();
  const { describedBy, tip } = useFieldTip(title);
  return (
    <div className="field slider-field">
      <div className="slider-label">
        <label htmlFor={id}>{label}</label>
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
        aria-describedby={describedBy}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {tip}
    </div>
  );
}
