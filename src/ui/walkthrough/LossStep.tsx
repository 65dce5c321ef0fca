// The end of the forward pass: what the network predicts and the loss against the target.

import { Derivation, Line, Num } from './bits.tsx';
import { subscript } from '../format.ts';
import type { LossView, Prediction } from './viewModel.ts';
import { Note, classLabel, ClassName, ClassSwatch } from './stepParts.tsx';

export function PredictionText({ prediction, names = null }: { prediction: Prediction; names?: string[] | null }) {
  switch (prediction.kind) {
    case 'regression':
      return (
        <>
          the value <Num v={prediction.value} testId="prediction" />
        </>
      );
    case 'binary':
      return (
        <>
          <ClassSwatch index={prediction.predicted} /> <ClassName index={prediction.predicted} names={names} testId="predicted-class" strong /> (the probability of{' '}
          {classLabel(1, names)} is <Num v={prediction.p} testId="prediction" />
          {prediction.predicted === 1 ? ', at least 0.5' : ', below 0.5'})
        </>
      );
    case 'multiclass':
      return (
        <>
          <ClassSwatch index={prediction.predicted} /> <ClassName index={prediction.predicted} names={names} testId="predicted-class" strong />, with probability{' '}
          <Num v={prediction.p} testId="prediction" />
        </>
      );
  }
}

export function LossStep({ view, names, targetScale }: { view: LossView; names: string[] | null; targetScale: { mean: number; std: number } | null }) {
  const { prediction } = view;
  const verdict = prediction.kind === 'regression' ? null : prediction.correct;
  return (
    <div className="walk-step__body">
      <dl className="walk-verdict">
        <div>
          <dt>Prediction</dt>
          <dd>
            <PredictionText prediction={prediction} names={names} />
          </dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd>
            {prediction.kind === 'regression' ? (
              <Num v={prediction.target} />
            ) : (
              <>
                <ClassSwatch index={prediction.target} /> <ClassName index={prediction.target} names={names} testId="target-class" />
              </>
            )}
          </dd>
        </div>
        {verdict !== null && (
          <div className={verdict ? 'is-right' : 'is-wrong'} data-testid="verdict">
            <dt>So the network is</dt>
            <dd>{verdict ? 'right' : 'wrong'}</dd>
          </div>
        )}
      </dl>
      <LossFormula view={view} />
      {prediction.kind === 'regression' && targetScale && (
        <Note>
          The network learns the target standardised. In the file&rsquo;s units it predicts <Num v={prediction.value * targetScale.std + targetScale.mean} /> for{' '}
          <Num v={prediction.target * targetScale.std + targetScale.mean} />.
        </Note>
      )}
      {view.penalty > 0 && (
        <Note>
          Training also adds the weight penalty, <Num v={view.penalty} />, to the loss it reports; it is shown apart here.
        </Note>
      )}
    </div>
  );
}

function LossFormula({ view }: { view: LossView }) {
  const { rows, value, sse, loss } = view;
  const k = rows.length;
  if (loss === 'mse') {
    const diffs = rows.map((r) => (
      <span key={r.unit} className="walk-sum__item">
        {r.unit > 0 && <span className="op">+</span>}(<Num v={r.a} /> − <Num v={r.y} />
        )²
      </span>
    ));
    return (
      <>
        <Derivation label="Mean squared error">
          <Line lhs="L">{k === 1 ? <span className="sym">(a − y)²</span> : <span className="sym">(1/{k}) · Σ (a − y)²</span>}</Line>
          <Line lhs="">
            {k === 1 ? (
              diffs
            ) : (
              <>
                ({diffs}) / {k}
              </>
            )}
          </Line>
          <Line lhs="L" result>
            <Num v={value} testId="loss" className="big" />
          </Line>
        </Derivation>
        <Note>
          Mean squared error: the square of how far the output is from the target{k > 1 ? ', averaged over the outputs' : ''}. Classic lessons often write the error as the sum of
          squared errors, E = Σ (y − a)² = <Num v={sse} testId="sse" />
          {k === 1 ? ', the same number for a single output' : ''}.
        </Note>
      </>
    );
  }
  if (loss === 'binary_crossentropy') {
    const r = rows[0];
    return (
      <>
        <Derivation label="Binary cross-entropy">
          <Line lhs="L">
            <span className="sym">−[y · log p + (1 − y) · log(1 − p)]</span>
          </Line>
          <Line lhs="">
            −[
            <Num v={r.y} /> · log <Num v={r.a} /> + (1 − <Num v={r.y} />) · log(1 − <Num v={r.a} />
            )]
          </Line>
          {(r.y === 0 || r.y === 1) && (
            <Line lhs="">
              {r.y === 1 ? (
                <>
                  −log <Num v={r.a} />
                </>
              ) : (
                <>
                  −log(1 − <Num v={r.a} />)
                </>
              )}
            </Line>
          )}
          <Line lhs="L" result>
            <Num v={value} testId="loss" className="big" />
          </Line>
        </Derivation>
        <Note>p is the predicted probability of class 1. The loss is small when p is near the target and grows without limit as p heads the wrong way.</Note>
      </>
    );
  }
  const t = rows.findIndex((r) => r.y === 1);
  return (
    <>
      <Derivation label="Categorical cross-entropy">
        <Line lhs="L">
          <span className="sym">−Σ y · log p</span>
        </Line>
        {t >= 0 && (
          <Line lhs="">
            −log p{subscript(t)} = −log <Num v={rows[t].a} />
          </Line>
        )}
        <Line lhs="L" result>
          <Num v={value} testId="loss" className="big" />
        </Line>
      </Derivation>
      <Note>The target is one-hot (1 for the right class, 0 for the others), so only the right class&rsquo;s probability counts: the loss is small when it is near 1.</Note>
    </>
  );
}
