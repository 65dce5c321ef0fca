// A labelled range input that shows its value beside the label.

import { useId } from 'react';

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
  return (
    <div className="field slider-field" title={title}>
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
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </div>
  );
}
