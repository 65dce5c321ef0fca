// The validation digits the network gets wrong: each picture with its label and the network's answer.
// The worker lists them (the first few by position among the validation digits); the pictures are the page's copy.

import { useEffect, useRef } from 'react';
import { selectEvaluation, useTrainingStore } from '../../state/trainingStore.ts';
import { paintInk } from '../network/heatmaps.ts';
import { validationRow, type PreparedTable } from '../../tables/prepare.ts';
import { selectSample, selectTable, useTableStore } from '../../state/tableStore.ts';

export function MistakesGallery() {
  const evaluation = useTrainingStore(selectEvaluation);
  const table = useTableStore(selectTable);
  const sample = useTableStore(selectSample);
  const mistakes = evaluation?.mistakes ?? null;
  if (!evaluation || !mistakes || !table?.validationImages || !table.image) {
    return <p className="table-output__waiting">The validation digits the network gets wrong appear here once it has been evaluated.</p>;
  }
  const shown = mistakes.indices.length;
  return (
    <figure className="mistakes" data-testid="mistakes">
      <p className="mistakes__summary">
        Wrong on <strong>{mistakes.total.toLocaleString('en')}</strong> of {evaluation.n.toLocaleString('en')} validation digits
        <span className="muted">
          {' '}
          · after epoch {evaluation.epoch}, batch {evaluation.iteration.toLocaleString('en')}
        </span>
      </p>
      {shown > 0 && (
        <p className="muted mistakes__note">{shown < mistakes.total ? `The first ${shown}, in test-set order.` : 'All of them.'} Click one to follow it through the network.</p>
      )}
      <ul className="mistakes__grid">
        {Array.from(mistakes.indices, (index, i) => (
          <li key={index}>
            <button
              type="button"
              className={`mistake${sample?.origin === 'row' && sample.index === index ? ' is-picked' : ''}`}
              aria-label={`Validation digit ${index + 1}: labelled ${label(table, index)}, the network said ${table.classNames[mistakes.predicted[i]]}`}
              onClick={() => {
                const x = validationRow(table, index);
                if (x) useTableStore.getState().setSample({ origin: 'row', index, x });
              }}
            >
              <DigitImage table={table} index={index} />
              <span className="mistake__labels">
                <span title="The label">{label(table, index)}</span>
                <span aria-hidden="true">→</span>
                <span className="mistake__said" title="What the network said">
                  {table.classNames[mistakes.predicted[i]]}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown === 0 && <p>None: the network gets every validation digit right.</p>}
    </figure>
  );
}

function label(table: PreparedTable, index: number): string {
  const k = table.validationTargets[index];
  return k === undefined ? '?' : table.classNames[k];
}

function DigitImage({ table, index }: { table: PreparedTable; index: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const { rows, cols } = table.image!;
    const d = rows * cols;
    const pixels = new Float32Array(d);
    for (let j = 0; j < d; j++) pixels[j] = table.validationImages![index * d + j] / 255;
    if (ref.current) paintInk(ref.current, pixels, rows, cols);
  }, [table, index]);
  return <canvas ref={ref} className="mistake__image" aria-hidden="true" />;
}
