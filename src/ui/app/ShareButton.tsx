// Copies a link that reproduces this exact setup, and the network's weights when it is small enough
// (every plane network is), for a class handout or a bug report.

import { useEffect, useState } from 'react';
import { selectParams, useTrainingStore } from '../../state/trainingStore.ts';
import { shareableLink } from '../../state/urlSync.ts';
import { MAX_LINK_PARAMS } from '../../state/linkCapacity.ts';
import { Icon } from './Icon.tsx';

type Outcome = 'idle' | 'copied' | 'copied-setup' | 'failed';

const FEEDBACK_MS = 2000;

export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>('idle');

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const params = useTrainingStore(selectParams);
  const tooLarge = params !== null && params.length > MAX_LINK_PARAMS;
  const limit = MAX_LINK_PARAMS.toLocaleString('en');

  const copy = async () => {
    try {
      const { link, weights } = await shareableLink();
      await navigator.clipboard.writeText(link);
      setOutcome(weights === 'included' ? 'copied' : 'copied-setup');
    } catch {
      // Clipboard access needs a secure context and permission; the address bar holds the same link.
      setOutcome('failed');
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        className="button"
        onClick={copy}
        title={
          tooLarge
            ? `Copy a link to this setup. This network has ${params.length.toLocaleString('en')} parameters, more than the ${limit} a link carries: save a file to keep its weights.`
            : `Copy a link to this exact setup and its weights (networks up to ${limit} parameters)`
        }
      >
        <Icon name={outcome === 'copied' || outcome === 'copied-setup' ? 'check' : 'link'} />
        <span className="button-label">Copy link</span>
      </button>
      <span className="share-feedback" role="status">
        {outcome === 'copied'
          ? 'Link with weights copied'
          : outcome === 'copied-setup'
            ? tooLarge
              ? 'Setup copied; the weights are too many for a link: save a file to keep them'
              : 'Link copied'
            : outcome === 'failed'
              ? 'Copy the link from the address bar (it holds the setup, not the weights)'
              : ''}
      </span>
    </div>
  );
}
