// The Save model dialog: what the file will hold, whether to include the CSV, and the download.
// Loaded when Save model is first pressed (ModelFileButtons.tsx keeps the buttons small).

import { useEffect, useId, useRef, useState } from 'react';
import { csvDataBytes, saveModelFile } from '../../state/modelFileActions.ts';
import { selectDataset, useConfigStore } from '../../state/configStore.ts';
import { selectBatch, selectEpoch, selectPlaying, useTrainingStore } from '../../state/trainingStore.ts';
import { modelFileName } from '../../state/modelFile.ts';
import { csvFileName } from '../../state/tableSync.ts';
import { DATASET_LABELS, isPlane, isTableSource } from '../../setup/catalogue.ts';
import { Icon } from './Icon.tsx';
import { ModalHead } from './ModalHead.tsx';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function SaveDialog({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const dataset = useConfigStore(selectDataset);
  const epoch = useTrainingStore(selectEpoch);
  const batch = useTrainingStore(selectBatch);
  const playing = useTrainingStore(selectPlaying);
  const history = useTrainingStore((s) => s.history.length);
  // Measured once, when the dialog opens: the CSV does not change while it is open.
  const [csvBytes] = useState(csvDataBytes);
  const [includeData, setIncludeData] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialogRef.current?.showModal();
    return () => opener?.focus();
  }, []);

  const save = async () => {
    setBusy(true);
    const result = await saveModelFile(csvBytes !== null && includeData);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    download(result.name, result.text);
    dialogRef.current?.close();
  };

  return (
    <dialog ref={dialogRef} className="modal model-file-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="save-model-dialog">
      <ModalHead id={titleId} title="Save model" onClose={() => dialogRef.current?.close()} />
      <p>
        One file, <code className="model-file-dialog__name">{modelFileName({ dataset }, epoch, csvFileName())}</code>, that carries on exactly where training stands now
        {batch.index > 0 ? ` (${batch.index} of ${batch.of} batches into epoch ${(epoch + 1).toLocaleString('en')})` : ` (epoch ${epoch.toLocaleString('en')} done)`}. It holds:
      </p>
      <ul className="model-file-dialog__parts">
        <li>the setup: data, features, layers, activations, optimizer and training settings</li>
        <li>every weight and bias, and the optimizer&rsquo;s memory</li>
        <li>where the epoch stands and the loss and accuracy curves ({history.toLocaleString('en')} epochs logged)</li>
        {isTableSource(dataset) ? (
          <li>how the table was prepared: its columns, classes and standardisation{dataset === 'csv' ? '' : ` (the ${DATASET_LABELS[dataset]} data itself is built in)`}</li>
        ) : (
          <li>no data: the {isPlane(dataset) ? 'points' : 'rows'} are made again from the seed</li>
        )}
      </ul>
      {playing && <p className="model-file-dialog__hint">Saving pauses training, so that the file holds exactly the network on screen.</p>}
      {csvBytes !== null && (
        <label className="model-file-dialog__check">
          <input type="checkbox" checked={includeData} onChange={(e) => setIncludeData(e.target.checked)} />
          Include the data ({formatBytes(csvBytes)})<span className="model-file-dialog__hint">Without it, import the same CSV before opening the model.</span>
        </label>
      )}
      {problem && (
        <p className="model-file__message model-file__message--refused" role="alert">
          {problem}
        </p>
      )}
      <div className="model-file-dialog__actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={save} disabled={busy}>
          <Icon name="save" />
          Download
        </button>
      </div>
    </dialog>
  );
}
