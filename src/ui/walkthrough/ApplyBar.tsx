// "Apply this update": one optimiser step on the sample alone, and what it did to its loss and prediction.

import type { Trace } from '../../engine/index.ts';
import { useTrainingStore } from '../../state/trainingStore.ts';
import { selectUpdate, useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { CLASS_COLORS } from '../colors.ts';
import { applyUpdate } from './actions.ts';
import { Num } from './bits.tsx';
import type { Ready } from './useWalkthrough.ts';
import { changedParams, predictionOf } from './viewModel.ts';

export function ApplyBar({ data }: { data: Ready }) {
  return (
    <div className="walk-apply">
      <button type="button" className="button primary" data-testid="apply-update" onClick={() => applyUpdate(data.choice, data.trace)}>
        Apply this update
      </button>
      <UpdateResult data={data} />
    </div>
  );
}

/** What the last "Apply this update" did to this sample: its prediction and loss before and after. */
function UpdateResult({ data }: { data: Ready }) {
  const update = useWalkthroughStore(selectUpdate);
  const params = useTrainingStore((s) => s.params);
  if (!update || update.sampleId !== data.choice.id) {
    return <p className="walk-apply__hint muted">One optimiser step on this sample alone, exactly as previewed.</p>;
  }
  const changes = changedParams(data.trace) > 0;
  // A frame sent before the update arrived carries the same weights: wait for the one that changed them.
  if (update.params && params && sameValues(params, update.params)) {
    return <p className="walk-apply__result">{changes ? 'Applying…' : 'Every gradient is 0 here, so the update changes nothing.'}</p>;
  }
  const after = data.trace.backward!.value;
  const lower = after < update.lossBefore;
  return (
    <p className="walk-apply__result" data-testid="update-result">
      {update.count === 1 ? 'Update applied' : `${update.count} updates applied`}: loss <Num v={update.lossBefore} testId="loss-before" /> →{' '}
      <Num v={after} testId="loss-after" className={lower ? 'is-better' : 'is-worse'} />
      {lower ? ' (lower)' : after > update.lossBefore ? ' (higher: try a smaller learning rate)' : ''} ·{' '}
      <PredictionChange before={update.outputBefore} trace={data.trace} data={data} />
    </p>
  );
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function PredictionChange({ before, trace, data }: { before: number[]; trace: Trace; data: Ready }) {
  const target = data.choice.sample.target;
  const now = predictionOf(data.task, trace.forward.output, target);
  const then = predictionOf(data.task, before, target);
  if (now.kind === 'regression' && then.kind === 'regression') {
    return (
      <>
        output <Num v={then.value} /> → <Num v={now.value} testId="prediction-after" />
      </>
    );
  }
  if (now.kind === 'binary' && then.kind === 'binary') {
    return (
      <>
        p({data.classNames?.[1] ?? 'class 1'}) <Num v={then.p} /> → <Num v={now.p} testId="prediction-after" />
      </>
    );
  }
  const t = target.indexOf(1);
  return (
    <>
      p(
      <span className="walk-swatch" style={{ background: CLASS_COLORS[t % CLASS_COLORS.length] }} aria-hidden="true" />
      {data.classNames?.[t] ?? `class ${t}`}) <Num v={before[t]} /> → <Num v={trace.forward.output[t]} testId="prediction-after" />
    </>
  );
}
