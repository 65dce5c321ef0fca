// Lesson 7: the four Keras words, each pointing at the controls that do the same job here, and the
// Export dialog's Keras script for the learner's own setup (their network, data and trained weights), to copy.

import { useEffect, useMemo, useRef, useState } from 'react';
import { exportCode } from '../../export/index.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { useTableStore } from '../../state/tableStore.ts';
import { usePlaygroundConfig } from '../walkthrough/useWalkthrough.ts';
import { readExportInput } from '../export/exportInput.ts';
import { shorten } from '../export/shorten.ts';
import { kerasSections, type KerasSection } from './kerasSections.ts';
import { controlsFor, spotlight } from './spotlight.ts';
import { CopyButton } from './CopyButton.tsx';

const WORDS: { section: KerasSection; word: string; what: string }[] = [
  { section: 'define', word: 'define', what: 'the layers and their trained weights: the network panel' },
  { section: 'compile', word: 'compile', what: 'optimizer, loss, metrics: the compile settings' },
  { section: 'fit', word: 'fit', what: 'epochs (Play), batch size (the fit settings), validation split (the data panel)' },
  { section: 'evaluate', word: 'evaluate', what: 'loss and accuracy on the validation data: the metrics and curves' },
];

/** The Export dialog's Keras script for the page as it is; it catches up with the weights whenever training pauses. */
function useKerasScript(): { script: string; problem: string | null } {
  // The script is read from the stores by the export's adapter; these subscriptions say when to read it again.
  const config = usePlaygroundConfig();
  const table = useTableStore((s) => s.table);
  const spec = useTrainingStore((s) => s.spec);
  const data = useTrainingStore((s) => s.data);
  const params = useTrainingStore((s) => s.params);
  const playing = useTrainingStore((s) => s.playing);
  // While playing, the weights change every frame; writing the script (and its data) that often would slow training.
  const settled = playing ? null : params;
  // biome-ignore lint/correctness/useExhaustiveDependencies: readExportInput reads these same values from the stores
  return useMemo(() => {
    const result = readExportInput();
    if (!result.ok) return { script: '', problem: result.message };
    return { script: exportCode('keras', result.input).files[0].content as string, problem: null };
  }, [config, table, spec, data, settled]);
}

export function KerasWorkflow() {
  const [active, setActive] = useState<KerasSection | null>(null);
  const { script, problem } = useKerasScript();
  const lines = useMemo(() => kerasSections(shorten(script).text), [script]);
  const playing = useTrainingStore((s) => s.playing);
  const codeRef = useRef<HTMLPreElement>(null);
  useEffect(() => {
    // The script is longer than its box: bring the chosen word's lines to the top of it.
    if (!active) return;
    const pre = codeRef.current;
    const first = pre?.querySelector('.is-active');
    if (pre && first) pre.scrollTop += first.getBoundingClientRect().top - pre.getBoundingClientRect().top - 8;
  }, [active]);
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
        <span className="muted">
          {problem ??
            `The Keras script the Export dialog writes for this page: your network, your data, your trained weights${playing ? ' (they catch up when you pause)' : ''}. Long runs of numbers are shortened here; the copy holds them all.`}
        </span>
        {script && <CopyButton text={script} label="Copy the code" />}
      </div>
      <pre ref={codeRef} className="lesson__code" role="region" data-testid="keras-code" aria-label="The Keras code for this setup">
        <code>
          {lines.map((l, i) => (
            <span key={i} className={l.section !== null && active === l.section ? 'is-active' : undefined}>
              {l.text}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}
