// Lesson 7: the four Keras words, each pointing at the controls that do the same job here, and the
// Keras program for the learner's own setup (whatever network and data are on the page), to copy.

import { useMemo, useState } from 'react';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { usePlaygroundConfig } from '../walkthrough/useWalkthrough.ts';
import { kerasCode, type KerasSection } from './keras.ts';
import { controlsFor, spotlight } from './spotlight.ts';
import { CopyButton } from './CopyButton.tsx';

const WORDS: { section: KerasSection; word: string; what: string }[] = [
  { section: 'define', word: 'define', what: 'the layers: the network panel' },
  { section: 'compile', word: 'compile', what: 'optimizer, loss, metrics: the compile settings' },
  { section: 'fit', word: 'fit', what: 'epochs (Play), batch size (the fit settings), validation split (the data panel)' },
  { section: 'evaluate', word: 'evaluate', what: 'loss and accuracy on held-out data: the metrics and curves' },
];

export function KerasWorkflow() {
  const config = usePlaygroundConfig();
  const spec = useTrainingStore((s) => s.spec);
  const epoch = useTrainingStore((s) => s.epoch);
  const [active, setActive] = useState<KerasSection | null>(null);
  const lines = useMemo(() => (spec ? kerasCode(config, spec, epoch) : []), [config, spec, epoch]);
  return (
    <div className="lesson__keras">
      <ol className="lesson__words">
        {WORDS.map((w) => (
          <li key={w.section}>
            <button
              type="button"
              className={active === w.section ? 'lesson__word is-active' : 'lesson__word'}
              aria-pressed={active === w.section}
              onClick={() => {
                setActive(w.section);
                spotlight(controlsFor(w.section));
              }}
            >
              <code>{w.word}</code>
            </button>
            <span className="lesson__word-what">{w.what}</span>
          </li>
        ))}
      </ol>
      <div className="lesson__code-bar">
        <span className="muted">The Keras program for the setup on this page: your network, your data, your settings.</span>
        <CopyButton text={lines.map((l) => l.text).join('\n')} label="Copy the code" />
      </div>
      <pre className="lesson__code" data-testid="keras-code" aria-label="The Keras code for this setup">
        <code>
          {lines.map((l, i) => (
            <span key={i} className={active === l.section ? 'is-active' : undefined}>
              {l.text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}
