// The box where a learner types a weight or a bias: fractions and the like are accepted, bad input is
// refused in place with a message, Escape cancels and gives the focus back.

import { useId, useState } from 'react';
import { parseNumber } from './parseNumber.ts';

interface ParamEditorProps {
  label: string;
  initial: string;
  x: number;
  y: number;
  stageWidth: number;
  stageHeight: number;
  onApply: (value: number) => void;
  /** restoreFocus: the learner pressed Escape (rather than clicking away). */
  onCancel: (restoreFocus: boolean) => void;
}

const EDITOR_WIDTH = 220;

export function ParamEditor({ label, initial, x, y, stageWidth, stageHeight, onApply, onCancel }: ParamEditorProps) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState('');
  const id = useId();
  const left = Math.max(4, Math.min(x - 24, stageWidth - EDITOR_WIDTH - 4));
  const above = y > stageHeight - 110;
  return (
    <form
      className="nn-editor"
      style={{ left, top: above ? y - 10 : y + 10, width: EDITOR_WIDTH, transform: above ? 'translateY(-100%)' : undefined }}
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === initial && initial !== '') return onCancel(true);
        const result = parseNumber(text);
        if (result.ok) onApply(result.value);
        else setError(result.message);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel(true);
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onCancel(false);
      }}
    >
      <label className="nn-editor__label" htmlFor={id}>
        {label}
      </label>
      <div className="nn-editor__row">
        <input
          id={id}
          className="nn-editor__input"
          autoFocus
          value={text}
          spellCheck={false}
          autoComplete="off"
          enterKeyHint="done"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-msg`}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setText(e.target.value);
            setError('');
          }}
        />
        {/* Keep the focus in the field: a click that blurred it first would close the editor. */}
        <button type="submit" className="nn-btn nn-btn--primary" onMouseDown={(e) => e.preventDefault()}>
          Set
        </button>
      </div>
      <p id={`${id}-msg`} className={error ? 'nn-editor__msg is-error' : 'nn-editor__msg'} role="alert">
        {error}
      </p>
      {!error && <p className="nn-editor__hint">Enter to set · Esc to cancel</p>}
    </form>
  );
}
