// Forward: one neuron's weighted sum and activation, and a softmax layer's probabilities.

import { LEAKY_SLOPE, type ActivationName, type ModelSpec, type Trace } from '../../engine/index.ts';
import { CLASS_COLORS } from '../colors.ts';
import { ACTIVATION_SHORT } from '../network/labels.ts';
import { ActivationPlot } from './ActivationPlot.tsx';
import { Derivation, EditableParam, Factor, Line, Num, SignedSum, pointsAt, useFormat } from './bits.tsx';
import { subscript } from '../format.ts';
import { inputSource, softmaxView, type NeuronView } from './viewModel.ts';
import { Note, ClassSwatch } from './stepParts.tsx';

export function NeuronStep({ view, spec, source }: { view: NeuronView; spec: ModelSpec; source: string | null }) {
  const { layer, unit, terms, rest, bias, z, a, activation, scale } = view;
  const edge = (input: number) => ({ layer, unit, input });
  const sumItems = [
    ...terms.map((t) => ({ key: `t${t.input}`, v: t.term, scale, target: edge(t.input) })),
    ...(rest ? [{ key: 'rest', v: rest.sum, scale, label: ` (${rest.count} more)` }] : []),
    { key: 'b', v: bias, scale, target: edge(-1), label: ' (b)' },
  ];
  return (
    <div className="walk-step__body">
      <Note>Inputs: {source ?? inputSource(spec, layer)}. The neuron multiplies each by its weight, adds them up with its bias, and passes the sum z through its activation.</Note>
      <Derivation label="Weighted sum">
        <Line lhs="z">
          {terms.map((t, i) => (
            <span key={t.input} className="walk-sum__item" {...pointsAt(edge(t.input))}>
              {i > 0 && <span className="op">+</span>}
              <span className="sym">
                {t.weightName}·{t.symbol}
              </span>
            </span>
          ))}
          {rest && (
            <span className="walk-sum__item">
              <span className="op">+</span>
              <span className="sym muted">… {rest.count} more</span>
            </span>
          )}
          <span className="walk-sum__item">
            <span className="op">+</span>
            <span className="sym">b</span>
          </span>
        </Line>
        <Line lhs="">
          {terms.map((t, i) => (
            <span key={t.input} className="walk-sum__item">
              {i > 0 && <span className="op">+</span>}
              <span className="product">
                <EditableParam layer={layer} unit={unit} input={t.input} value={t.w} name={t.weightName} />
                <span className="dot">·</span>
                <Factor v={t.x} />
              </span>
            </span>
          ))}
          {rest && (
            <span className="walk-sum__item">
              <span className="op">+</span>
              <span className="sym muted">…</span>
            </span>
          )}
          <span className="walk-sum__item">
            <span className="op">+</span>
            <EditableParam layer={layer} unit={unit} input={-1} value={bias} name="b" />
          </span>
        </Line>
        <Line lhs="" testId="neuron-sum">
          <SignedSum items={sumItems} />
        </Line>
        <Line lhs="z" result>
          <Num v={z} testId="neuron-z" className="big" />
        </Line>
      </Derivation>
      {activation === 'softmax' ? (
        <Note>This is an output of a softmax layer: its a depends on every z of the layer, so it comes once all of them are known (the softmax step).</Note>
      ) : (
        <div className="walk-activation">
          <Derivation label="Activation">
            <ActivationLines activation={activation} z={z} a={a} />
          </Derivation>
          <ActivationPlot activation={activation} z={z} a={a} />
        </div>
      )}
      {view.isOutput && activation !== 'softmax' && <Note>This is the network&rsquo;s output: the next step compares it with the target.</Note>}
    </div>
  );
}

function ActivationLines({ activation, z, a }: { activation: Exclude<ActivationName, 'softmax'>; z: number; a: number }) {
  const name = ACTIVATION_SHORT[activation];
  const result = (
    <Line lhs="a" result>
      <Num v={a} testId="neuron-a" className="big" />
    </Line>
  );
  const zf = <Factor v={z} />;
  switch (activation) {
    case 'linear':
      return (
        <>
          <Line lhs="a">
            <span className="sym">z</span> <span className="muted">(linear: no activation, a is z itself)</span>
          </Line>
          {result}
        </>
      );
    case 'sigmoid':
      return (
        <>
          <Line lhs="a">
            <span className="sym">σ(z) = 1 / (1 + e</span>
            <sup>−z</sup>)
          </Line>
          <Line lhs="">
            1 / (1 + e<sup>−{zf}</sup>)
          </Line>
          {result}
        </>
      );
    case 'tanh':
      return (
        <>
          <Line lhs="a">
            <span className="sym">tanh(z)</span> = tanh({<Num v={z} />})
          </Line>
          {result}
        </>
      );
    case 'relu':
      return (
        <>
          <Line lhs="a">
            <span className="sym">max(0, z)</span> = max(0, <Num v={z} />)
          </Line>
          {result}
          {z <= 0 && <Note>z is not above 0, so ReLU switches this neuron off: it passes on 0.</Note>}
        </>
      );
    case 'leaky_relu':
      return (
        <>
          <Line lhs="a">
            {z > 0 ? (
              <>z, since z &gt; 0</>
            ) : (
              <>
                {LEAKY_SLOPE} · z = {LEAKY_SLOPE} · {zf}, since z ≤ 0
              </>
            )}
          </Line>
          {result}
        </>
      );
    case 'elu':
      return (
        <>
          <Line lhs="a">
            {z > 0 ? (
              <>z, since z &gt; 0</>
            ) : (
              <>
                e<sup>z</sup> − 1 = e<sup>{zf}</sup> − 1
              </>
            )}
          </Line>
          {result}
        </>
      );
    case 'softplus':
      return (
        <>
          <Line lhs="a">
            <span className="sym">log(1 + e</span>
            <sup>z</sup>) = log(1 + e<sup>{zf}</sup>)
          </Line>
          {result}
        </>
      );
  }
  return <span>{name}</span>;
}

export function SoftmaxStep({ trace, layer, names }: { trace: Trace; layer: number; names: string[] | null }) {
  const view = softmaxView(trace, layer);
  const { n } = useFormat();
  const top = view.rows[view.predicted];
  return (
    <div className="walk-step__body">
      <Note>
        Softmax turns the layer&rsquo;s sums z into shares that add up to 1: each class gets e<sup>z</sup> divided by the sum of all of them.
        {view.shift !== 0 && <> Every z first has the largest, {n(view.shift)}, taken off, so no exponential overflows; the shares come out the same.</>}
      </Note>
      <table className="walk-table walk-table--softmax" data-testid="softmax-table">
        <thead>
          <tr>
            <th scope="col">Class</th>
            <th scope="col">z</th>
            <th scope="col">
              e<sup>{view.shift !== 0 ? 'z − max' : 'z'}</sup>
            </th>
            <th scope="col">
              share = e<sup>z</sup> / Σ
            </th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <tr key={r.unit} className={r.unit === view.predicted ? 'is-top' : undefined} {...pointsAt({ layer, unit: r.unit, edges: 'in' })}>
              <th scope="row">
                <ClassSwatch index={r.unit} /> {names?.[r.unit] ?? r.unit}
              </th>
              <td>
                <Num v={r.z} testId={`z-${r.unit}`} />
              </td>
              <td>
                <Num v={r.exp} testId={`exp-${r.unit}`} />
              </td>
              <td className="walk-share">
                <span className="walk-share__bar" style={{ width: `${Math.max(1, r.share * 100)}%`, background: CLASS_COLORS[r.unit % CLASS_COLORS.length] }} />
                <Num v={r.share} testId={`share-${r.unit}`} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Σ</th>
            <td />
            <td>
              <Num v={view.sum} testId="softmax-sum" />
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <Derivation label="Largest share">
        <Line lhs={<>p{subscript(top.unit)}</>}>
          e<sup>z{subscript(top.unit)}</sup> / Σ = <Num v={top.exp} /> / <Num v={view.sum} />
        </Line>
        <Line lhs={<>p{subscript(top.unit)}</>} result>
          <Num v={top.share} className="big" />
        </Line>
      </Derivation>
    </div>
  );
}
