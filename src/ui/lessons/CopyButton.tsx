// Copies a text to the clipboard and says so; where the browser refuses, says that instead.

import { useState } from 'react';
import { Icon } from '../app/Icon.tsx';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="lesson__copy">
      <button type="button" className="button small" onClick={copy}>
        <Icon name="copy" /> {label}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? 'Copied.' : state === 'failed' ? 'The browser would not copy: select the code and copy it by hand.' : ''}
      </span>
    </span>
  );
}
