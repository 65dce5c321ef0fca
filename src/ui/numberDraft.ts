// How every typed number field behaves (learning rate, seed, a layer's neurons): the text is a draft
// while the learner types, and applied only when they are done with it (Enter or leaving the field)
// and it is a valid value. A value that cannot be used is never changed into one that can: it stays
// typed, with the reason beside it, and the working value goes on working. Escape brings it back.

import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { parseNumber } from './network/parseNumber.ts';

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  /** The range in words, ending a message: "a layer here has 1 to 512 neurons". */
  range: string;
  /** A further reason a value in range cannot be used (the parameter cap), or null. */
  refuse?: (value: number) => string | null;
}

export type TypedNumber = { ok: true; value: number } | { ok: false; message: string };

/** Reads a finished draft against its rule; the message quotes what was typed, never a changed value. */
export function readTypedNumber(text: string, rule: NumberRule): TypedNumber {
  const typed = text.trim();
  const parsed = parseNumber(typed);
  const shown = typed.length > 24 ? `${typed.slice(0, 24)}…` : typed;
  if (!parsed.ok) return { ok: false, message: `"${shown}" is not a number: ${rule.range}.` };
  const { value } = parsed;
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: `${shown} is not a whole number: ${rule.range}.` };
  if (value < rule.min || value > rule.max) return { ok: false, message: `${shown} is out of range: ${rule.range}.` };
  const refused = rule.refuse?.(value) ?? null;
  return refused ? { ok: false, message: refused } : { ok: true, value };
}

/** What ended a draft: a value applied, the draft dropped (Escape, or nothing changed), or refused. */
export type DraftEnd = 'applied' | 'dropped' | 'refused';

/**
 * A draft over a working value. `onCommit` receives only valid values; `onEnd` hears how each attempt
 * to finish ended, so a field that closes when done (the custom learning rate) stays open when refused.
 * Whole-number fields step by one with the arrow keys, as a number input would.
 */
export function useNumberDraft(value: number, rule: NumberRule, onCommit: (value: number) => void, onEnd?: (end: DraftEnd) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const drop = () => {
    setDraft(null);
    setError(null);
    onEnd?.('dropped');
  };
  const apply = (next: number) => {
    setDraft(null);
    setError(null);
    if (next !== value) onCommit(next);
    onEnd?.('applied');
  };
  const finish = () => {
    // Nothing typed, or the field emptied: the working value stands, as it was.
    if (draft === null || draft.trim() === '') return drop();
    const read = readTypedNumber(draft, rule);
    if (!read.ok) {
      setError(read.message);
      onEnd?.('refused');
      return;
    }
    apply(read.value);
  };
  const step = (by: number) => {
    const read = readTypedNumber(draft ?? String(value), rule);
    const from = read.ok ? read.value : value;
    const next = Math.min(rule.max, Math.max(rule.min, from + by));
    const checked = readTypedNumber(String(next), rule);
    if (checked.ok) apply(checked.value);
    else setError(checked.message);
  };
  return {
    text: draft ?? String(value),
    error,
    inputProps: {
      value: draft ?? String(value),
      'aria-invalid': error ? true : undefined,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        setDraft(e.target.value);
        setError(null);
      },
      onBlur: finish,
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          finish();
        } else if (e.key === 'Escape') {
          // The field's own Escape: a dialog or Present mode around it keeps its own.
          if (draft !== null || error !== null) e.stopPropagation();
          drop();
        } else if (rule.integer && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          step(e.key === 'ArrowUp' ? 1 : -1);
        }
      },
    },
  };
}
