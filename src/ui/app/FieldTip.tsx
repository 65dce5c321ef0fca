// A field's one-sentence explanation, shown on hover and on keyboard focus alike (a native title
// shows on hover only) and read by screen readers through aria-describedby.

import { useId, type ReactNode } from 'react';

/** The tip element and the id its control points at; nothing when there is no text. */
export function useFieldTip(text: string | undefined): { describedBy: string | undefined; tip: ReactNode } {
  const id = useId();
  if (!text) return { describedBy: undefined, tip: null };
  return {
    describedBy: id,
    tip: (
      <span role="tooltip" id={id} className="field-tip">
        {text}
      </span>
    ),
  };
}
