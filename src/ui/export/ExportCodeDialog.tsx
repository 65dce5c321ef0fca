// "Export code": the setup on screen as Keras, PyTorch, NumPy or TF.js code, to copy or download, with the
// predictions the script prints for its first samples (the engine's own, so a learner can check the run).
// Loaded when "Export code" is first pressed (see ExportDialog.tsx): most visits never open it.

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_KINDS, EXPORT_LABELS, exportCode, exportPreview, type Export, type ExportFile, type ExportInput, type ExportKind } from '../../export/index.ts';
import { Icon } from '../app/Icon.tsx';
import { ModalHead } from '../app/ModalHead.tsx';
import { shorten } from './shorten.ts';

const FEEDBACK_MS = 2000;

function download(file: ExportFile): void {
  const blob = new Blob([file.content], { type: typeof file.content === 'string' ? 'text/plain' : 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function ExportDialog({ input, onClose }: { input: ExportInput; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const titleId = useId();
  const panelId = useId();
  const [kind, setKind] = useState<ExportKind>('keras');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const exported: Export = useMemo(() => exportCode(kind, input), [kind, input]);
  const preview = useMemo(() => exportPreview(input), [input]);
  const main = exported.files[0];
  const mainText = typeof main.content === 'string' ? main.content : '';
  const code = useMemo(() => shorten(mainText), [mainText]);

  useEffect(() => {
    // A modal <dialog> keeps focus inside and closes on Escape; the opener gets focus back when it closes.
    const opener = document.activeElement as HTMLElement | null;
    dialogRef.current?.showModal();
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    if (copied === 'idle') return;
    const timer = setTimeout(() => setCopied('idle'), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(mainText);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  // Arrow keys move between the tabs, as in any tab list.
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (i + step + EXPORT_KINDS.length) % EXPORT_KINDS.length;
    setKind(EXPORT_KINDS[next]);
    tabRefs.current[next]?.focus();
  };

  const fileNames = exported.files.map((f) => f.name).join(' + ');
  return (
    <dialog ref={dialogRef} className="modal export-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="export-dialog">
      <ModalHead id={titleId} title="Export code" onClose={() => dialogRef.current?.close()} />
      <div role="tablist" aria-label="Language" className="export-dialog__tabs">
        {EXPORT_KINDS.map((k, i) => (
          <button
            key={k}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${panelId}-${k}`}
            aria-selected={k === kind}
            aria-controls={panelId}
            tabIndex={k === kind ? 0 : -1}
            onClick={() => setKind(k)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {EXPORT_LABELS[k]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={`${panelId}-${kind}`} className="export-dialog__panel">
        <pre className="export-dialog__code" role="region" tabIndex={0} aria-label={`${EXPORT_LABELS[kind]} code, ${main.name}`} data-testid="export-code">
          <code>{code.text}</code>
        </pre>
        {code.hidden > 0 && (
          <p className="export-dialog__note">
            Long runs of data and weights are shortened here ({code.hidden.toLocaleString('en')} rows); the copy and the download hold them all.
          </p>
        )}
        <div className="export-dialog__actions">
          <button type="button" className="button" onClick={copy}>
            <Icon name={copied === 'copied' ? 'check' : 'link'} />
            Copy
          </button>
          <button type="button" className="button primary" onClick={() => exported.files.forEach(download)}>
            Download {fileNames}
          </button>
          <span role="status" className="share-feedback">
            {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copying was refused: select the code and copy it' : ''}
          </span>
        </div>
        <p className="export-dialog__run">
          {kind === 'tfjs' ? 'Load it with ' : 'Run '}
          <code data-testid="export-command">{exported.command}</code>
          {kind === 'tfjs' ? '; model.predict gives, in float32:' : '. It prints these inputs and predictions (--fit trains first):'}
        </p>
        <table className="export-dialog__preview" data-testid="export-preview">
          <thead>
            <tr>
              <th scope="col">Sample</th>
              <th scope="col">Inputs</th>
              <th scope="col">Predictions</th>
            </tr>
          </thead>
          <tbody>
            {preview.predictions.map((p, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>{preview.inputs[i].length > 6 ? `${preview.inputs[i].length} values` : preview.inputs[i].map((v) => v.toPrecision(4)).join(', ')}</td>
                <td data-testid="export-prediction" data-values={JSON.stringify(p)}>
                  {p.map((v) => v.toPrecision(6)).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
