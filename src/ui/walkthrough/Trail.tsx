// Under the step: every layer's outputs, filled in as the forward pass reaches them.

import { useFormat } from './bits.tsx';
import type { Ready } from './useWalkthrough.ts';
import type { Step } from './steps.ts';

/** Every layer's outputs, filled in as the forward pass reaches them. */
export function Trail({ data, step }: { data: Ready; step: Step }) {
  const { trace, spec } = data;
  const reached = (l: number, j: number): boolean => {
    if (step.kind === 'input') return false;
    if (step.kind === 'neuron') return l < step.layer || (l === step.layer && j <= step.unit && spec.layers[l].activation !== 'softmax');
    if (step.kind === 'softmax') return l <= step.layer;
    return true;
  };
  const MAX = 6;
  return (
    <ol className="walk-trail" aria-label="Layer outputs so far" data-testid="trail">
      <li>
        <span className="walk-trail__name">in</span>
        <Values values={trace.forward.input} shown={() => true} max={MAX} testId="trail-input" />
      </li>
      {trace.forward.layers.map((lt, l) => (
        <li key={l} className={'layer' in step && step.layer === l ? 'is-current' : undefined}>
          <span className="walk-trail__name">{l === spec.layers.length - 1 ? 'out' : `L${l + 1}`}</span>
          <Values
            values={lt.neurons.map((n) => n.a)}
            shown={(j) => reached(l, j)}
            max={MAX}
            current={step.kind === 'neuron' && step.layer === l ? step.unit : -1}
            testId={`trail-${l}`}
          />
        </li>
      ))}
    </ol>
  );
}

function Values({ values, shown, max, current = -1, testId }: { values: number[]; shown(j: number): boolean; max: number; current?: number; testId: string }) {
  const { n } = useFormat();
  const list = values.slice(0, max);
  return (
    <span className="walk-trail__values" data-testid={testId}>
      {list.map((v, j) => (
        <span key={j} className={j === current ? 'is-current' : undefined}>
          {shown(j) ? n(v) : '·'}
        </span>
      ))}
      {values.length > max && <span className="muted">+{values.length - max}</span>}
    </span>
  );
}
