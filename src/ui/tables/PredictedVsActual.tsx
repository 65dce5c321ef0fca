// For a number to predict: each held-out row as a point, its true value across and the network's answer
// up, in the target's own units. A perfect network puts every point on the diagonal y = x.

import { useMemo } from 'react';
import { scaleLinear } from 'd3';
import { selectEvaluation, useTrainingStore } from '../../state/trainingStore.ts';
import { Axis } from '../app/Axis.tsx';
import { useElementSize } from '../useElementSize.ts';
import { selectTable, useTableStore } from '../../state/tableStore.ts';
import { formatInUnit } from '../../tables/tabular.ts';

const MARGIN = { top: 8, right: 10, bottom: 40, left: 54 };

function short(v: number): string {
  const a = Math.abs(v);
  if (!Number.isFinite(v)) return '—';
  if (a !== 0 && (a < 0.01 || a >= 1e5)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toLocaleString('en');
}

export function PredictedVsActual() {
  const evaluation = useTrainingStore(selectEvaluation);
  const table = useTableStore(selectTable);
  const [ref, { width, height }] = useElementSize<HTMLDivElement>();
  const pairs = evaluation?.predictions ?? null;
  const target = table?.targetName ?? 'target';
  const unit = table?.unit ?? null;

  const { domain, rmse, mae } = useMemo(() => {
    if (!pairs || pairs.length === 0) return { domain: [0, 1] as [number, number], rmse: NaN, mae: NaN };
    let lo = Infinity;
    let hi = -Infinity;
    let se = 0;
    let ae = 0;
    const n = pairs.length / 2;
    for (let i = 0; i < n; i++) {
      const a = pairs[2 * i];
      const p = pairs[2 * i + 1];
      lo = Math.min(lo, a, p);
      hi = Math.max(hi, a, p);
      se += (p - a) ** 2;
      ae += Math.abs(p - a);
    }
    const pad = (hi - lo) * 0.05 || 1;
    return { domain: [lo - pad, hi + pad] as [number, number], rmse: Math.sqrt(se / n), mae: ae / n };
  }, [pairs]);

  const side = Math.max(0, Math.floor(Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom)));
  const x = scaleLinear().domain(domain).range([0, side]).nice();
  const y = scaleLinear().domain(x.domain()).range([side, 0]);

  const n = pairs ? pairs.length / 2 : 0;
  const [d0, d1] = x.domain();
  // The plot's box stays mounted from the start, so its size is known when the first results come.
  return (
    <figure className="pva" data-testid="predicted-vs-actual">
      {!evaluation || !pairs ? (
        <p className="table-output__waiting">Predicted against actual appears with the first results on the validation rows.</p>
      ) : (
        <p className="pva__summary">
          {unit ? (
            <>
              <strong data-testid="mae">MAE {formatInUnit(mae, unit)}</strong> (mean absolute error) · root mean square {formatInUnit(rmse, unit)}
            </>
          ) : (
            <>
              Typical error <strong>{short(rmse)}</strong> (root mean square) · mean absolute error {short(mae)}, in the units of {target}
            </>
          )}
          <span className="muted">
            {' '}
            · {n === evaluation.n ? `all ${n}` : `${n} of ${evaluation.n.toLocaleString('en')}`} validation rows · after epoch {evaluation.epoch}
          </span>
        </p>
      )}
      <div ref={ref} className="pva__plot">
        {side > 0 && pairs && (
          <svg width={width} height={height} role="img" aria-label={`Predicted against actual ${target} for ${n} validation rows`}>
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <rect className="plot-frame" width={side} height={side} />
              <Axis orient="bottom" scale={x} ticks={x.ticks(5)} format={x.tickFormat(5)} outer={6} transform={`translate(0,${side})`} />
              <Axis orient="left" scale={y} ticks={y.ticks(5)} format={y.tickFormat(5)} outer={6} />
              <line className="pva__diagonal" x1={x(d0)} y1={y(d0)} x2={x(d1)} y2={y(d1)} />
              <g className="pva__points">
                {Array.from({ length: n }, (_, i) => (
                  <circle key={i} cx={x(pairs[2 * i])} cy={y(pairs[2 * i + 1])} r={3} />
                ))}
              </g>
              <text className="axis-title" x={side / 2} y={side + 34} textAnchor="middle">
                Actual {target}
              </text>
              <text className="axis-title" transform={`translate(${-42},${side / 2}) rotate(-90)`} textAnchor="middle">
                Predicted {target}
              </text>
              <text className="pva__diagonal-label" x={x(d1) - 4} y={y(d1) + 14} textAnchor="end">
                y = x
              </text>
            </g>
          </svg>
        )}
      </div>
    </figure>
  );
}
