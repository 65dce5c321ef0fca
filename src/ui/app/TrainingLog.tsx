// The training log, live, as Keras prints it during fit: scrollable, selectable and copyable whole.

import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectEpochs, selectTask, selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { selectBatch, useHistory, useTrainingStore } from '../../state/trainingStore.ts';
import { kerasLines, kerasLog, type LogOptions } from './kerasLog.ts';

/** Epochs drawn on screen; "Copy log" copies every one. Thousands of lines would slow every frame. */
const SHOWN = 300;

export function TrainingLog() {
  const log = useHistory();
  const { history } = log;
  const epochs = useConfigStore(selectEpochs);
  const task = useConfigStore(selectTask);
  const split = useConfigStore(selectValidationSplit);
  const steps = useTrainingStore(selectBatch).of;
  const options: LogOptions = useMemo(() => ({ epochs, steps, accuracy: task !== 'regression', validation: split > 0 }), [epochs, steps, task, split]);
  const shown = useMemo(() => log.history.slice(-SHOWN), [log]);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const ref = useRef<HTMLPreElement>(null);
  const atBottom = useRef(true);

  // Follow the newest epoch, unless the learner has scrolled up to read an earlier one. After every
  // render: whatever changed the text (most often a new epoch), the end stays in view.
  useLayoutEffect(() => {
    const pre = ref.current;
    if (pre && atBottom.current) pre.scrollTop = pre.scrollHeight;
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(kerasLog(history, options));
      setCopied('copied');
    } catch {
      // Without clipboard permission the text is still there to select.
      setCopied('failed');
    }
  };

  const earlier = history.length - shown.length;
  return (
    <div className="training-log">
      <div className="training-log__bar">
        <button type="button" className="button small" onClick={copy} disabled={history.length === 0}>
          Copy log
        </button>
        <span className="muted" role="status">
          {copied === 'copied' ? 'Log copied' : copied === 'failed' ? 'Select the text to copy it' : ''}
        </span>
      </div>
      <pre
        ref={ref}
        role="region"
        className="training-log__text"
        data-testid="training-log"
        tabIndex={0}
        aria-label="Training log, as Keras prints it"
        onScroll={(e) => {
          const el = e.currentTarget;
          atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {history.length === 0 && 'Press Play: each epoch prints a line here, as model.fit does in Keras.'}
        {earlier > 0 && `… ${earlier.toLocaleString('en')} earlier epochs (Copy log copies them all)\n`}
        {shown.map((row) => kerasLines(row, options).join('\n')).join('\n')}
      </pre>
    </div>
  );
}
