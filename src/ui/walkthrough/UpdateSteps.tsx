// The end of the backward pass: each weight's gradient, the optimiser's step and the update as a whole.

import type { OptimizerName } from '../../engine/index.ts';
import { Derivation, Factor, Line, Num, pointsAt } from './bits.tsx';
import { changedParams, gradientView, updateView } from './viewModel.ts';
import type { Ready } from './useWalkthrough.ts';
import { Note } from './stepParts.tsx';

export function GradientStep({ data, layer, unit }: { data: Ready; layer: number; unit: number }) {
  const view = gradientView(data.trace, data.featureLabels, layer, unit);
  const penalty = data.config.regularization !== 'none' && data.config.regularizationRate > 0;
  return (
    <div className="walk-step__body">
      <Note>
        A weight&rsquo;s gradient is how much the loss would change if the weight grew a little: this neuron&rsquo;s δ times the input that weight multiplies. The bias multiplies
        1, so its gradient is δ itself.
        {penalty && <> The {data.config.regularization.toUpperCase()} penalty adds its own share to each weight&rsquo;s gradient.</>}
      </Note>
      <Derivation label="Gradients">
        {view.rows.map((r) => (
          <div key={r.input} className="walk-line-group" {...pointsAt({ layer, unit, input: r.input })}>
            <Line lhs={<>∂L/∂{r.weightName}</>}>
              <span className="sym">δ · {r.symbol}</span> = <Factor v={view.delta} /> · <Factor v={r.x} />
              {penalty && (
                <>
                  {' '}
                  + <Factor v={r.penalty} /> <span className="muted">(penalty)</span>
                </>
              )}{' '}
              = <Num v={r.grad} testId={`grad-${r.input}`} className="strong" />
            </Line>
          </div>
        ))}
        {view.more > 0 && <p className="walk-more">… and {view.more} more weights, each δ times its input.</p>}
        <div className="walk-line-group" {...pointsAt({ layer, unit, input: -1 })}>
          <Line lhs="∂L/∂b">
            <span className="sym">δ</span> = <Num v={view.biasGrad} testId="grad-bias" className="strong" />
          </Line>
        </div>
      </Derivation>
    </div>
  );
}

const OPTIMIZER_RULES: Record<OptimizerName, string> = {
  sgd: '',
  adam: 'Adam keeps, for every weight, a running average of its gradients (m) and of their squares (v), corrects both for the first few steps, and moves the weight by η · m / (√v + ε): a step of about η, in the direction the recent gradients agree on.',
  rmsprop:
    'RMSprop keeps, for every weight, a running average of its squared gradients, v ← ρ·v + (1 − ρ)·g², and divides the step by its square root: w ← w − η · g / √(v + ε). Weights with large gradients take smaller steps.',
};

export function UpdateStep({ data, layer, unit }: { data: Ready; layer: number; unit: number }) {
  const { optimizer, momentum } = data.config;
  const view = updateView(data.trace, optimizer, layer, unit);
  const plain = optimizer === 'sgd' && momentum === 0;
  const eta = <Num v={view.learningRate} />;
  return (
    <div className="walk-step__body">
      {plain ? (
        <Note>Gradient descent moves every weight a small step against its gradient: w ← w − η · ∂L/∂w, where η = {eta} is the learning rate.</Note>
      ) : optimizer === 'sgd' ? (
        <Note>
          SGD with momentum μ = <Num v={momentum} /> keeps a velocity for every weight: v ← μ · v − η · ∂L/∂w, then w ← w + v (η = {eta}). A weight keeps moving the way it has been
          moving, and steady gradients speed it up.
        </Note>
      ) : (
        <Note>
          {OPTIMIZER_RULES[optimizer]} (η = {eta}, step {data.model.iterations + 1}.)
        </Note>
      )}
      <Derivation label="Update">
        {view.rows.map((r) => (
          <div key={r.input} className="walk-line-group" {...pointsAt({ layer, unit, input: r.input })}>
            {plain ? (
              <Line lhs={r.name} eq="←">
                <span className="sym">
                  {r.name} − η · ∂L/∂{r.name}
                </span>{' '}
                = <Num v={r.value} /> − <Num v={view.learningRate} /> · <Factor v={r.grad} /> = <Num v={r.next} testId={`new-${r.input}`} className="strong" />
              </Line>
            ) : (
              <Line lhs={r.name} eq=":">
                <Num v={r.value} /> → <Num v={r.next} testId={`new-${r.input}`} className="strong" />{' '}
                <span className="muted">
                  (∂L/∂{r.name} = <Num v={r.grad} />)
                </span>
              </Line>
            )}
          </div>
        ))}
        {view.more > 0 && <p className="walk-more">… and {view.more} more weights, each moved the same way.</p>}
      </Derivation>
      <Note>These are the weights after one step on this sample alone: exactly what Apply this update will give.</Note>
    </div>
  );
}

export function ApplyStep({ data }: { data: Ready }) {
  const b = data.trace.backward!;
  const changed = changedParams(data.trace);
  return (
    <div className="walk-step__body">
      <Note>
        That is one full step of training on this one sample: forward to the loss, backward to every weight. It changes {changed} of the network&rsquo;s weights and biases. Apply
        it and watch the loss of this sample fall; training does the same over batches of samples, thousands of times.
      </Note>
      <p className="walk-note">
        Loss now: <Num v={b.value} testId="loss-now" className="strong" />
      </p>
    </div>
  );
}
