// Save model and Open model: the run on screen as one file that carries on exactly where it stopped,
// and back. A refused file's message appears next to the buttons (or the dialog) the learner used.

import { lazy, Suspense, useEffect, useRef, useState, type ChangeEvent } from 'react';
import { registerCommands, runCommand } from '../../state/commands.ts';
import type { Outcome } from '../../state/modelFileActions.ts';
import { Icon } from './Icon.tsx';
import './modelFile.css';

// The file format's checks and the Save dialog load on first use: most visits neither save nor open a model.
const SaveDialog = lazy(() => import('./SaveModelDialog.tsx').then((m) => ({ default: m.SaveDialog })));

/** Opens a chosen or dropped file and reports how it went. */
async function openFile(file: File, report: (o: Outcome | null) => void): Promise<void> {
  report(null);
  const { openModelBlob } = await import('../../state/modelFileActions.ts');
  report(await openModelBlob(file));
}

function isFileDrag(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

export function ModelFileButtons() {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      registerCommands([
        { id: 'model.save', label: 'Save model', scope: 'playground', run: () => setSaving(true) },
        { id: 'model.open', label: 'Open model', scope: 'playground', run: () => input.current?.click() },
      ]),
    [],
  );

  // A model file dropped anywhere on the page opens; drops a dialog handles itself (a CSV) are left alone.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (isFileDrag(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (e.defaultPrevented || !isFileDrag(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      if (/\.csv$/i.test(file.name))
        setOutcome({ ok: false, message: `${file.name} is a CSV: bring it in with the data panel's CSV import. Dropping here opens a saved model (.layerlab.json).` });
      else void openFile(file, setOutcome);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const chosen = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void openFile(file, setOutcome);
  };

  return (
    <div className="model-file">
      <button type="button" className="button" title="Download this network, its training so far and its setup as one file" onClick={() => runCommand('model.save')}>
        <Icon name="save" />
        Save model
      </button>
      <button type="button" className="button" title="Open a saved model file (or drop it on the page)" onClick={() => runCommand('model.open')}>
        <Icon name="open" />
        Open model
      </button>
      <input ref={input} type="file" accept=".json,application/json" hidden aria-label="Model file to open" onChange={chosen} data-testid="model-file-input" />
      {outcome && (
        <p
          className={outcome.ok ? 'model-file__message' : 'model-file__message model-file__message--refused'}
          role={outcome.ok ? 'status' : 'alert'}
          data-testid="model-file-message"
        >
          <span>{outcome.ok ? outcome.message : outcome.changed ? outcome.message : `Not opened. ${outcome.message} Your network and data are as they were.`}</span>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setOutcome(null)}>
            <Icon name="close" />
          </button>
        </p>
      )}
      {saving && (
        <Suspense fallback={null}>
          <SaveDialog onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </div>
  );
}
