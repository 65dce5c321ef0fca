// Which classes the network confuses, on the rows it never trained on: one row per true class, one
// column per predicted class, the diagonal the right answers. Counts or each row's shares, and each
// class's accuracy. Recomputed by the worker from a pass over the validation rows while training.

import { useState } from 'react';
import { selectEvaluation, useTrainingStore } from '../../state/trainingStore.ts';
import { NEGATIVE, POSITIVE } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import { selectTable, useTableStore } from '../../state/tableStore.ts';
import { selectDataset, useConfigStore } from '../../state/configStore.ts';
import { isDigits, NOISE_SHAPE } from '../../setup/catalogue.ts';

/** A colour from white to `hex` at strength t (0 to 1), for the cells. */
function tint(hex: string, t: number): string {
  const v = parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 + (c - 255) * Math.max(0, Math.min(1, t)));
  return `rgb(${mix(v >> 16)},${mix((v >> 8) & 255)},${mix(v & 255)})`;
}

const percent = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(x === 1 ? 0 : 1)}%` : '—');

export function ConfusionMatrix() {
  const word = 'validation';
  const evaluation = useTrainingStore(selectEvaluation);
  const table = useTableStore(selectTable);
  const dataset = useConfigStore(selectDataset);
  const [mode, setMode] = useState<'counts' | 'rates'>('counts');
  const confusion = evaluation?.confusion ?? null;
  const k = evaluation?.classes ?? 0;
  const names =
    dataset === 'noise'
      ? Array.from({ length: NOISE_SHAPE.classes }, (_, i) => String(i))
      : table?.source === dataset && table.classNames.length === k
        ? table.classNames
        : Array.from({ length: k }, (_, i) => `class ${i}`);
  if (!evaluation || !confusion || k === 0) {
    return <p className="table-output__waiting">The confusion matrix appears with the first results on the {word} rows.</p>;
  }
  const rowTotals = Array.from({ length: k }, (_, t) => confusion.slice(t * k, t * k + k).reduce((a, b) => a + b, 0));
  let correct = 0;
  for (let i = 0; i < k; i++) correct += confusion[i * k + i];
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const small = k > 6;

  return (
    <figure className={`confusion${small ? ' is-small' : ''}`} data-testid="confusion-matrix">
      <div className="confusion__toolbar">
        <p className="confusion__summary">
          <strong data-testid="confusion-accuracy">{percent(correct / total)}</strong> of {total.toLocaleString('en')} {word} {isDigits(dataset) ? 'digits' : 'rows'} right
          <span className="muted">
            {' '}
            · after epoch {evaluation.epoch}, batch {evaluation.iteration.toLocaleString('en')}
          </span>
        </p>
        <div className="view-toggle" role="group" aria-label="Show in the cells">
          <button type="button" aria-pressed={mode === 'counts'} onClick={() => setMode('counts')}>
            Counts
          </button>
          <button type="button" aria-pressed={mode === 'rates'} onClick={() => setMode('rates')}>
            Row %
          </button>
        </div>
      </div>
      <div className="confusion__scroll">
        <table>
          <caption className="visually-hidden">
            Confusion matrix of the {word} rows: each row is a true class, each column the class the network predicted; the diagonal counts the right answers.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="confusion__corner">
                <span>said →</span>
                <span>true ↓</span>
              </th>
              {names.map((n) => (
                <th key={n} scope="col" title={`Predicted ${n}`}>
                  {n}
                </th>
              ))}
              <th scope="col" className="confusion__acc" title="The share of this class the network gets right (its recall)">
                right
              </th>
            </tr>
          </thead>
          <tbody>
            {names.map((name, t) => (
              <tr key={name}>
                <th scope="row" title={`True class ${name}: ${rowTotals[t]} rows`}>
                  {name}
                </th>
                {names.map((_, p) => {
                  const count = confusion[t * k + p];
                  const rate = rowTotals[t] > 0 ? count / rowTotals[t] : 0;
                  const diagonal = t === p;
                  const strength = diagonal ? rate : Math.min(1, rate * 2.5);
                  return (
                    <td
                      key={p}
                      className={diagonal ? 'is-diagonal' : undefined}
                      style={{
                        background: count > 0 ? tint(diagonal ? POSITIVE : NEGATIVE, 0.12 + 0.7 * strength) : undefined,
                        color: strength > 0.75 ? COLORS['on-inverse'] : undefined,
                      }}
                      title={`True ${name}, predicted ${names[p]}: ${count} of ${rowTotals[t]} (${percent(rate)})`}
                      data-testid={`confusion-${t}-${p}`}
                    >
                      {mode === 'counts' ? count : rowTotals[t] > 0 ? percent(rate) : '—'}
                    </td>
                  );
                })}
                <td className="confusion__acc tabular">{rowTotals[t] > 0 ? percent(confusion[t * k + t] / rowTotals[t]) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="muted confusion__legend">
        Rows: the true class; columns: what the network said. <span className="confusion__key is-right">blue</span> right answers,{' '}
        <span className="confusion__key is-wrong">orange</span> confusions; darker is a larger share of the row.
      </figcaption>
    </figure>
  );
}
