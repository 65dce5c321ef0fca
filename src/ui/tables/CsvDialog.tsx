// Bringing your own table: drop or choose a CSV file, look at its first rows, choose what to predict
// from what, and train. Everything happens in the browser. A file with a problem is refused here, in
// the dialog, with the row and column to fix; the data and the model in use stay as they were, because
// nothing reaches the worker until the table is prepared without error.

import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { checkCsvSize, CSV_MAX_BYTES, CSV_MAX_COLUMNS, CSV_MAX_ROWS, MAX_TARGET_CLASSES, type CsvTable, type TableError } from '../../tables/csv.ts';
import { readCsvFile, type CsvReading, type CsvReadProgress } from '../../tables/csvReader.ts';
import { PRESETS } from '../../setup/defaults.ts';
import { RANGES } from '../../setup/limits.ts';
import { ModalHead } from '../app/ModalHead.tsx';
import type { CsvChoice } from '../../tables/prepare.ts';
import { choiceFor, type Loaded } from './csvChoice.ts';
import { formatBytes } from '../../tables/sources.ts';
import { useTableStore } from '../../state/tableStore.ts';
import { importCsvInWorker } from '../../state/tableSync.ts';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 8;
/** A table that prepares quicker than this shows no progress at all, rather than a flash of it. */
const PREPARING_SHOWN_AFTER_MS = 200;

export function CsvDialog() {
  const open = useTableStore((s) => s.csvDialogOpen);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const errorId = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [choice, setChoice] = useState<CsvChoice | null>(null);
  const [split, setSplit] = useState(PRESETS.csv?.validationSplit ?? 0.2);
  const [error, setError] = useState<TableError | null>(null);
  const [progress, setProgress] = useState<(CsvReadProgress & { fileName: string }) | null>(null);
  const reading = useRef<CsvReading | null>(null);
  /** 'soon' from "Use this data" until the table is prepared; 'shown' once that took more than a moment. */
  const [preparing, setPreparing] = useState<'soon' | 'shown' | null>(null);
  const importing = useRef<AbortController | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const cancelReading = () => {
    reading.current?.cancel();
    reading.current = null;
    setProgress(null);
  };
  const cancelImport = () => {
    importing.current?.abort();
    importing.current = null;
    setPreparing(null);
  };
  const close = () => {
    cancelReading();
    cancelImport();
    useTableStore.getState().setCsvDialogOpen(false);
  };

  const readFile = async (file: File) => {
    setError(null);
    // Refuse a file that is too large by its size, before reading a byte of it.
    const tooLarge = checkCsvSize(file.size);
    if (tooLarge) {
      setLoaded(null);
      setChoice(null);
      setError(tooLarge);
      return;
    }
    // The file is split into rows in a worker, so the page stays responsive; a newer file replaces an older one.
    cancelReading();
    cancelImport();
    setProgress({ fileName: file.name, bytes: 0, total: file.size, rows: 0 });
    const current = readCsvFile(file, (p) => setProgress({ fileName: file.name, ...p }));
    reading.current = current;
    const result = await current.done;
    if (reading.current !== current) return;
    reading.current = null;
    setProgress(null);
    if (!result.ok) {
      if ('cancelled' in result) return;
      setLoaded(null);
      setChoice(null);
      setError(result.error);
      return;
    }
    const next: Loaded = { fileName: file.name, size: file.size, table: result.table, mostlyNumeric: result.mostlyNumeric, notices: result.notices };
    setLoaded(next);
    setChoice(choiceFor(next, result.table.columns[result.table.columns.length - 1]));
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  const use = async () => {
    if (!loaded || !choice || importing.current) return;
    const current = new AbortController();
    importing.current = current;
    setPreparing('soon');
    const shown = setTimeout(() => setPreparing((p) => p && 'shown'), PREPARING_SHOWN_AFTER_MS);
    // Prepared off the page: a 200,000-row table takes half a second to split and standardise.
    const result = await importCsvInWorker(loaded.fileName, loaded.table, choice, split, current.signal);
    clearTimeout(shown);
    // The dialog was closed or another file chosen meanwhile: nothing changed.
    if (importing.current !== current) return;
    importing.current = null;
    setPreparing(null);
    if (!result) return;
    if (!result.ok) {
      // prepareTable's messages name the row and column of the first bad cell.
      setError(result.error);
      return;
    }
    setError(null);
    close();
  };

  const table = loaded?.table ?? null;
  const badColumn = error?.column ?? null;
  const targetIndex = table && choice ? table.columns.indexOf(choice.target) : -1;
  const distinctTargets = useMemo(() => (table && targetIndex >= 0 ? new Set(table.rows.map((r) => r[targetIndex])).size : 0), [table, targetIndex]);

  return (
    <dialog ref={dialogRef} className="modal csv-dialog" aria-labelledby={titleId} aria-describedby={error ? errorId : undefined} onClose={close} data-testid="csv-dialog">
      <ModalHead id={titleId} title="Your CSV file" onClose={close} />
      <p className="muted csv-dialog__privacy">The file stays in this browser: nothing is uploaded. A link to this page cannot bring it back.</p>

      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the pointer; the file chooser inside it is the keyboard's way */}
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop a .csv file here, or{' '}
          <button type="button" className="link-button" onClick={() => inputRef.current?.click()}>
            choose one
          </button>
          . Up to {formatBytes(CSV_MAX_BYTES)}, {CSV_MAX_ROWS.toLocaleString('en')} rows and {CSV_MAX_COLUMNS.toLocaleString('en')} columns; the first row names the columns.
        </p>
        <input
          ref={inputRef}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          className="visually-hidden"
          aria-label="Choose a CSV file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
        {progress && (
          <div className="csv-progress" data-testid="csv-progress">
            <label htmlFor={`${titleId}-progress`}>
              Reading {progress.fileName}: {progress.rows.toLocaleString('en')} rows · {formatBytes(progress.bytes)} of {formatBytes(progress.total)}
            </label>
            <progress id={`${titleId}-progress`} max={Math.max(1, progress.total)} value={progress.bytes} />
            <button type="button" className="button" onClick={cancelReading}>
              Stop reading
            </button>
          </div>
        )}
        {loaded && !progress && (
          <p className="csv-dialog__file">
            <strong>{loaded.fileName}</strong> · {formatBytes(loaded.size)} · {loaded.table.rows.length.toLocaleString('en')} rows · {loaded.table.columns.length} columns
          </p>
        )}
      </div>

      {error && (
        <div className="csv-error" role="alert" id={errorId} data-testid="csv-error">
          <strong>This file cannot be used yet.</strong> {error.message}
          {(error.row !== undefined || error.column !== undefined) && (
            <p className="csv-error__where">
              {error.row !== undefined && <>Row {error.row}</>}
              {error.row !== undefined && error.column !== undefined && ' · '}
              {error.column !== undefined && <>column “{error.column}”</>}
              <span className="csv-error__hint"> (rows as a spreadsheet numbers them: the header is row 1)</span>
            </p>
          )}
          <p className="csv-error__kept muted">Your current data and network are unchanged.</p>
        </div>
      )}

      {loaded && loaded.notices.length > 0 && (
        <ul className="csv-notices" data-testid="csv-notices">
          {loaded.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      {loaded && table && choice && (
        <>
          <div className="csv-preview" role="region" aria-label={`The first ${Math.min(PREVIEW_ROWS, table.rows.length)} rows`} tabIndex={0} data-testid="csv-preview">
            <table>
              <thead>
                <tr>
                  <th scope="col" className="row-number">
                    row
                  </th>
                  {table.columns.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      className={`${c === choice.target ? 'is-target' : choice.features.includes(c) ? 'is-input' : 'is-unused'}${c === badColumn ? ' is-bad' : ''}`}
                    >
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {previewRows(table, error?.row).map((i, n, all) => (
                  <tr key={i} className={n > 0 && all[n - 1] !== i - 1 ? 'after-gap' : undefined}>
                    <th scope="row" className="row-number">
                      {table.rowNumbers[i]}
                    </th>
                    {table.rows[i].map((cell, j) => (
                      <td key={j} className={table.columns[j] === badColumn && table.rowNumbers[i] === error?.row ? 'is-bad' : undefined}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="csv-choice">
            <div className="field">
              <label htmlFor={`${titleId}-target`}>Predict (target column)</label>
              <select
                id={`${titleId}-target`}
                value={choice.target}
                onChange={(e) => {
                  setError(null);
                  setChoice(choiceFor(loaded, e.target.value));
                }}
              >
                {table.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="csv-task">
              <legend>Task</legend>
              {(['classification', 'regression'] as const).map((task) => (
                <label key={task} className="checkbox">
                  <input
                    type="radio"
                    name={`${titleId}-task`}
                    value={task}
                    checked={choice.task === task}
                    onChange={() => {
                      setError(null);
                      setChoice({ ...choice, task });
                    }}
                  />
                  {task === 'classification' ? 'Classification (classes)' : 'Regression (a number)'}
                </label>
              ))}
              <p className="muted csv-task__hint">
                {choice.target} has {distinctTargets.toLocaleString('en')} different value{distinctTargets === 1 ? '' : 's'}
                {choice.task === 'classification' && distinctTargets > MAX_TARGET_CLASSES ? `: more than ${MAX_TARGET_CLASSES} classes is probably a quantity` : ''}.
              </p>
            </fieldset>
          </div>

          <fieldset className="csv-features">
            <legend>Inputs (feature columns)</legend>
            <div className="csv-features__list">
              {table.columns.map((c, j) =>
                c === choice.target ? null : (
                  <label key={c} className="checkbox">
                    <input
                      type="checkbox"
                      checked={choice.features.includes(c)}
                      onChange={(e) => {
                        setError(null);
                        const on = e.target.checked;
                        setChoice({ ...choice, features: table.columns.filter((f) => f !== choice.target && (f === c ? on : choice.features.includes(f))) });
                      }}
                    />
                    {c}
                    {!table.numericColumns[j] && <span className="muted"> (text)</span>}
                  </label>
                ),
              )}
            </div>
            {choice.features.length === 0 ? (
              <p className="csv-features__none" data-testid="csv-no-inputs">
                {table.columns.length === 1
                  ? 'This file has one column, so nothing is left to predict it from: a table needs at least one input column besides the target.'
                  : 'Choose at least one input column. Inputs must hold numbers; columns marked (text) cannot be inputs.'}
              </p>
            ) : (
              <p className="muted">Inputs are standardised with the training rows' mean and standard deviation.</p>
            )}
          </fieldset>

          <div className="csv-split">
            <label htmlFor={`${titleId}-split`}>Validation split</label>
            <input
              id={`${titleId}-split`}
              type="range"
              min={RANGES.validationSplit.min * 100}
              max={RANGES.validationSplit.max * 100}
              step={1}
              value={Math.round(split * 100)}
              aria-valuetext={`${Math.round(split * 100)}%`}
              onChange={(e) => setSplit(Number(e.target.value) / 100)}
            />
            <span className="tabular">
              {Math.round(split * 100)}% · {Math.min(Math.round(table.rows.length * split), table.rows.length - 1)} rows held out
            </span>
          </div>
        </>
      )}

      {preparing === 'shown' && table && choice && (
        <div className="csv-progress csv-progress--preparing" role="status" data-testid="csv-preparing">
          <label htmlFor={`${titleId}-preparing`}>
            Preparing {table.rows.length.toLocaleString('en')} rows: splitting, standardising{choice.task === 'classification' ? ', encoding the classes' : ''}…
          </label>
          <progress id={`${titleId}-preparing`} />
        </div>
      )}

      <div className="csv-dialog__actions">
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!table || !choice || choice.features.length === 0 || progress !== null || preparing !== null}
          onClick={() => void use()}
        >
          Use this data
        </button>
      </div>
    </dialog>
  );
}

/** Indices of the rows to preview: the first few, and the row an error names when it lies further down. */
function previewRows(table: CsvTable, errorRow: number | undefined): number[] {
  const rows = Array.from({ length: Math.min(PREVIEW_ROWS, table.rows.length) }, (_, i) => i);
  const bad = errorRow === undefined ? -1 : table.rowNumbers.indexOf(errorRow);
  if (bad >= PREVIEW_ROWS) rows.push(bad);
  return rows;
}
