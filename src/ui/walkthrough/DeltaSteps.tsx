// Backward: the output layer's delta from the loss, and a hidden neuron's from the layer above.

import { LEAKY_SLOPE, type ActivationName, type ModelSpec } from '../../engine/index.ts';
import { Derivation, Factor, Line, Num, SignedSum, pointsAt } from './bits.tsx';
import { subscript } from '../format.ts';
import type { OutputDeltaView, HiddenDeltaView } from './viewModel.ts';
import { layerLabel } from './steps.ts';
import { Note } from './stepParts.tsx';

export function OutputDeltaStep({ view }: { view: OutputDeltaView }) {
  const { a, y, outputGrad, slope, delta, rule, k, unit } = view;
  const sub = view.k > 1 ? subscript(unit) : '';
  const overK = k > 1 ? ` / ${k}` : '';
  return (
    <div className="walk-step__body">
      <Note>
        Backpropagation starts at the loss. δ (delta) is how much the loss changes when this neuron&rsquo;s sum z{sub} changes: the error at the output times the slope of its
        activation.
      </Note>
      <Derivation label="Output delta">
        {rule === 'mse' && (
          <>
            <Line lhs="∂L/∂a">
              <span className="sym">2 · (a − y){overK}</span> = 2 · (<Num v={a} /> − <Num v={y} />){overK}
            </Line>
            <Line lhs="" result>
              <Num v={outputGrad} />
            </Line>
            <SlopeLines activation={view.activation as Exclude<ActivationName, 'softmax'>} z={view.z} a={a} slope={slope} />
            <Line lhs="δ">
              ∂L/∂a · f′(z) = <Factor v={outputGrad} /> · <Factor v={slope} />
            </Line>
          </>
        )}
        {rule === 'bce-sigmoid' && (
          <>
            <Line lhs="∂L/∂a">
              <span className="sym">(a − y) / (a · (1 − a)){overK}</span>
            </Line>
            <Line lhs="" result>
              <Num v={outputGrad} />
            </Line>
            <Line lhs="f′(z)">
              <span className="sym">a · (1 − a)</span> = <Num v={a} /> · (1 − <Num v={a} />) = <Num v={slope} />
            </Line>
            <Line lhs="δ">
              ∂L/∂a · f′(z) = <span className="sym">a − y{overK}</span> = <Num v={a} /> − <Num v={y} />
              {overK}
            </Line>
          </>
        )}
        {rule === 'cce-softmax' && (
          <Line lhs="δ">
            <span className="sym">
              a{sub} − y{sub}
            </span>{' '}
            = <Num v={a} /> − <Num v={y} />
          </Line>
        )}
        {rule === 'mse-softmax' && (
          <>
            <Line lhs="∂L/∂a">
              <span className="sym">2 · (a − y) / {k}</span> = <Num v={outputGrad} />
            </Line>
            <Line lhs="δ">
              <span className="sym">
                a{sub} · (∂L/∂a{sub} − Σ ∂L/∂a · a)
              </span>{' '}
              = <Factor v={a} /> · (<Num v={outputGrad} /> − <Factor v={view.dot ?? NaN} />)
            </Line>
          </>
        )}
        <Line lhs="δ" result>
          <Num v={delta} testId="delta" className="big" />
        </Line>
      </Derivation>
      {rule === 'bce-sigmoid' && (
        <Note>Sigmoid and binary cross-entropy fit together: the a(1 − a) of the slope cancels the one in ∂L/∂a, so δ simplifies to a − y, the plain error.</Note>
      )}
      {rule === 'cce-softmax' && (
        <Note>Softmax and categorical cross-entropy cancel the same way: the delta of every output is simply its probability minus its target, a − y.</Note>
      )}
      {rule === 'mse-softmax' && <Note>Each softmax share depends on every z of the layer, so its delta takes the others into account (the Σ term).</Note>}
    </div>
  );
}

/** f′(z) written for the activation, in terms of a = f(z) where that is how training computes it. */
function SlopeLines({ activation, z, a, slope }: { activation: Exclude<ActivationName, 'softmax'>; z: number; a: number; slope: number }) {
  const result = <Num v={slope} testId="slope" />;
  switch (activation) {
    case 'linear':
      return <Line lhs="f′(z)">1 (linear)</Line>;
    case 'sigmoid':
      return (
        <Line lhs="f′(z)">
          <span className="sym">a · (1 − a)</span> = <Num v={a} /> · (1 − <Num v={a} />) = {result}
        </Line>
      );
    case 'tanh':
      return (
        <Line lhs="f′(z)">
          <span className="sym">1 − a²</span> = 1 − <Factor v={a} />² = {result}
        </Line>
      );
    case 'relu':
      return (
        <Line lhs="f′(z)">
          {result} <span className="muted">(ReLU slopes 1 where z &gt; 0 and 0 where z ≤ 0; here z = {<Num v={z} />})</span>
        </Line>
      );
    case 'leaky_relu':
      return (
        <Line lhs="f′(z)">
          {result}{' '}
          <span className="muted">
            (1 where z &gt; 0, {LEAKY_SLOPE} where z ≤ 0; here z = <Num v={z} />)
          </span>
        </Line>
      );
    case 'elu':
      return (
        <Line lhs="f′(z)">
          {z > 0 ? (
            <>
              {result} <span className="muted">(z &gt; 0)</span>
            </>
          ) : (
            <>
              <span className="sym">a + 1</span> = <Num v={a} /> + 1 = {result}
            </>
          )}
        </Line>
      );
    case 'softplus':
      return (
        <Line lhs="f′(z)">
          <span className="sym">σ(z) = 1 − e</span>
          <sup>−a</sup> = 1 − e<sup>−{<Factor v={a} />}</sup> = {result}
        </Line>
      );
  }
}

export function HiddenDeltaStep({ view, spec }: { view: HiddenDeltaView; spec: ModelSpec }) {
  const { layer, unit, terms, rest, outputGrad, slope, delta, activation } = view;
  const scale = Math.max(1e-12, ...terms.map((t) => Math.abs(t.product)), Math.abs(rest?.sum ?? 0));
  const next = layerLabel(spec, layer + 1).toLowerCase();
  const edge = (j: number) => ({ layer: layer + 1, unit: j, input: unit });
  return (
    <div className="walk-step__body">
      <Note>
        This neuron feeds every neuron of {next}. Its share of the blame is their deltas, each weighted by the connection it reached them through (wⱼ: its weight into neuron j of{' '}
        {next}), times the slope of its own activation.
      </Note>
      <Derivation label="Hidden delta">
        <Line lhs="∂L/∂a">
          <span className="sym">Σ w·δ</span> ={' '}
          {terms.map((t, i) => (
            <span key={t.unit} className="walk-sum__item" {...pointsAt(edge(t.unit))}>
              {i > 0 && <span className="op">+</span>}
              <span className="sym">
                w{subscript(t.unit + 1)}·δ{subscript(t.unit + 1)}
              </span>
            </span>
          ))}
          {rest && <span className="sym muted"> + … {rest.count} more</span>}
        </Line>
        <Line lhs="">
          {terms.map((t, i) => (
            <span key={t.unit} className="walk-sum__item" {...pointsAt(edge(t.unit))}>
              {i > 0 && <span className="op">+</span>}
              <span className="product">
                <Factor v={t.w} />
                <span className="dot">·</span>
                <Factor v={t.delta} />
              </span>
            </span>
          ))}
          {rest && <span className="sym muted"> + …</span>}
        </Line>
        {(terms.length > 1 || rest) && (
          <Line lhs="">
            <SignedSum
              items={[
                ...terms.map((t) => ({ key: `t${t.unit}`, v: t.product, scale, target: edge(t.unit) })),
                ...(rest ? [{ key: 'rest', v: rest.sum, scale, label: ` (${rest.count} more)` }] : []),
              ]}
            />
          </Line>
        )}
        <Line lhs="∂L/∂a" result>
          <Num v={outputGrad} />
        </Line>
        <SlopeLines activation={activation as Exclude<ActivationName, 'softmax'>} z={view.z} a={view.a} slope={slope} />
        <Line lhs="δ">
          ∂L/∂a · f′(z) = <Factor v={outputGrad} /> · <Factor v={slope} />
        </Line>
        <Line lhs="δ" result>
          <Num v={delta} testId="delta" className="big" />
        </Line>
      </Derivation>
      {slope === 0 && <Note>The slope is 0, so no error flows back through this neuron: its weights will not change on this sample.</Note>}
    </div>
  );
}
