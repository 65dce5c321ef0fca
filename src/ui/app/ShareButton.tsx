// Copies a link that reproduces this exact setup, for a class handout or a bug report.

import { useEffect, useState } from 'react';
import { shareableLink } from '../../state/urlSync.ts';
import { Icon } from './Icon.tsx';

type Outcome = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 2000;

export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>('idle');

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const link = shareableLink();
    try {
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      // Clipboard access needs a secure context and permission; the address bar holds the same link.
      setOutcome('failed');
    }
  };

  return (
    <div className="share">
      <button type="button" className="button" onClick={copy} title="Copy a link to this exact setup">
        <Icon name={outcome === 'copied' ? 'check' : 'link'} />
        <span className="button-label">Copy link</span>
      </button>
      <span className="share-feedback" role="status">
        {outcome === 'copied' ? 'Link copied' : outcome === 'failed' ? 'Copy the link from the address bar' : ''}
      </span>
    </div>
  );
}
