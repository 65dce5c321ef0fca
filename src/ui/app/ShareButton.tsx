// Copies a link that reproduces this exact setup, and the network's weights when it is small enough
// (every plane network is), for a class handout or a bug report.

import { useEffect, useState } from 'react';
import { useTrainingStore, type TrainingState } from '../../state/trainingStore.ts';
import { shareableLink } from '../../state/urlSync.ts';
import { MAX_LINK_PARAMS } from '../../state/linkCapacity.ts';
import { Icon } from './Icon.tsx';

type Outcome = 'idle' | 'copied' | 'copied-setup' | 'failed';

const FEEDBACK_MS = 2000;
const LIMIT = MAX_LINK_PARAMS.toLocaleString('en');
/** The count, not the weights: new weights arrive with every frame, and the button need not repaint for them. */
const selectParamCount = (s: TrainingState) => s.params?.length ?? null;

export function ShareButton() {
  const [outcome, setOutcome] = useState<Outcome>('idle');

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = setTimeout(() => setOutcome('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  const paramCount = useTrainingStore(selectParamCount);
  const tooLarge = paramCount !== null && paramCount > MAX_LINK_PARAMS;

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
            ? `Copy a link to this setup. This network has ${paramCount.toLocaleString('en')} parameters, more than the ${LIMIT} a link carries: save a file to keep its weights.`
            : `Copy a link to this exact setup and its weights (networks up to ${LIMIT} parameters)`
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
