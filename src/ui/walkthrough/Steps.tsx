// The body of each step: the arithmetic of one neuron, the softmax, the loss, a delta, the gradients
// and the update, written out with the trace's numbers.

import { useEffect, useRef, type ReactNode } from 'react';
import { paintInk } from '../network/heatmaps.ts';
import { LEAKY_SLOPE, type ActivationName, type ModelSpec, type OptimizerName, type Trace } from '../../engine/index.ts';
import { CLASS_COLORS } from '../colors.ts';
import { ACTIVATION_SHORT } from '../network/labels.ts';
import { ActivationPlot } from './ActivationPlot.tsx';
import { Derivation, EditableParam, Factor, Line, Num, SignedSum, pointsAt, useFormat } from './bits.tsx';
import { subscript } from '../format.ts';
import {
  changedParams,
  deltaView,
  gradientView,
  inputSource,
  layerLabel,
  lossView,
  MAX_TERMS,
  neuronView,
  softmaxView,
  updateView,
  type LossView,
  type NeuronView,
  type OutputDeltaView,
  type HiddenDeltaView,
  type Prediction,
  type Step,
} from './viewModel.ts';
import type { WalkthroughData } from './useWalkthrough.ts';

type Ready = Extract<WalkthroughData, { ready: true }>;

export function StepBody({ step, data }: { step: Step; data: Ready }) {
  switch (step.kind) {
    case 'input':
      return data.table ? <TableInputStep data={data} /> : <InputStep data={data} />;
    case 'neuron':
      return <NeuronStep view={neuronView(data.trace, data.spec, data.featureLabels, step.layer, step.unit)} spec={data.spec} source={step.layer === 0 ? tableInputSource(data) : null} />;
    case 'softmax':
      return <SoftmaxStep trace={data.trace} layer={step.layer} names={data.classNames} />;
    case 'loss':
      return <LossStep view={lossView(data.trace, data.task)} names={data.classNames} targetScale={data.table?.targetScale ?? null} />;
    case 'delta': {
      const view = deltaView(data.trace, data.spec, step.layer, step.unit);
      return view.kind === 'output' ? <OutputDeltaStep view={view} /> : <HiddenDeltaStep view={view} spec={data.spec} />;
    }
    case 'gradient':
      return <GradientStep data={data} layer={step.layer} unit={step.unit} />;
    case 'update':
      return <UpdateStep data={data} layer={step.layer} unit={step.unit} />;
    case 'apply':
      return <ApplyStep data={data} />;
  }
}

function Note({ children }: { children: ReactNode }) {
  return <p className="walk-note">{children}</p>;
}

// ---------- Forward ----------

function InputStep({ data }: { data: Ready }) {
  const { sample } = data.choice;
  const point = sample.point ?? [NaN, NaN];
  const raw = data.features.length !== 2 || data.features[0] !== 'x1' || data.features[1] !== 'x2';
  return (
    <div className="walk-step__body">
      <Note>
        The network never sees the point itself, only the numbers of its input features. This sample is the point (x₁, x₂) ={' '}
        <span className="nowrap">
          (<Num v={point[0]} />, <Num v={point[1]} />)
        </span>
        {raw ? ', and the features switched on turn it into:' : '.'}
      </Note>
      <table className="walk-table">
        <thead>
          <tr>
            <th scope="col">Input</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {data.featureLabels.map((label, i) => (
            <tr key={label} {...pointsAt({ layer: 0, input: i })}>
              <th scope="row">{label}</th>
              <td>
                <Num v={sample.features[i]} testId={`input-${i}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="walk-note">
        Target: <TargetText data={data} />. Step on to follow these numbers into the first neuron.
      </p>
    </div>
  );
}

/** Inputs a table's first step lists before it sums up the rest. */
const LISTED_INPUTS = 12;

function TableInputStep({ data }: { data: Ready }) {
  const { sample } = data.choice;
  const table = data.table!;
  const x = sample.features;
  const image = table.image;
  if (image) {
    const ink = x.filter((v) => v > 0).length;
    return (
      <div className="walk-step__body">
        <Note>
          The network sees the digit as {x.length} numbers, one per pixel of its {image.rows}×{image.cols} picture: 0 for white, up to 1 for full ink (the byte ÷ 255). {ink} of
          them are above 0; the rest add nothing to any sum.
        </Note>
        <div className="walk-digit">
          <DigitCanvas values={x} rows={image.rows} cols={image.cols} />
        </div>
        <p className="walk-note">
          Target: <TargetText data={data} />. Step on to follow these numbers into the first neuron: each neuron shows its largest terms and sums up the rest.
        </p>
      </div>
    );
  }
  const stats = table.stats;
  const listed = x.slice(0, LISTED_INPUTS);
  return (
    <div className="walk-step__body">
      <Note>
        {stats
          ? 'The network sees each column standardised: its value minus the column’s mean over the training rows, divided by its standard deviation, so every input is on the same scale.'
          : 'The network sees the row’s numbers as they are.'}
      </Note>
      <table className="walk-table">
        <thead>
          <tr>
            <th scope="col">Input</th>
            {stats && <th scope="col">In the file</th>}
            <th scope="col">{stats ? 'Standardised' : 'Value'}</th>
          </tr>
        </thead>
        <tbody>
          {listed.map((v, i) => (
            <tr key={i} {...pointsAt({ layer: 0, input: i })}>
              <th scope="row">{data.featureLabels[i]}</th>
              {stats && (
                <td>
                  <Num v={v * stats[i].std + stats[i].mean} />
                </td>
              )}
              <td>
                <Num v={v} testId={`input-${i}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {x.length > listed.length && <p className="walk-more">… and {x.length - listed.length} more inputs.</p>}
      <p className="walk-note">
        Target: <TargetText data={data} />
        {data.task === 'regression' && table.targetScale && (
          <>
            {' '}
            (standardised; <Num v={sample.label * table.targetScale.std + table.targetScale.mean} /> in the file)
          </>
        )}
        . Step on to follow these numbers into the first neuron.
      </p>
    </div>
  );
}

function DigitCanvas({ values, rows, cols }: { values: readonly number[]; rows: number; cols: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) paintInk(ref.current, values, rows, cols);
  }, [values, rows, cols]);
  return <canvas ref={ref} className="walk-digit__image" aria-label="The digit" data-testid="walk-digit" />;
}

export function TargetText({ data }: { data: Ready }) {
  const { sample } = data.choice;
  if (data.task === 'regression') {
    return (
      <>
        the value <Num v={sample.label} testId="target" />
      </>
    );
  }
  return (
    <>
      <ClassSwatch index={sample.label} /> <ClassName index={sample.label} names={data.classNames} testId="target" />
    </>
  );
}

/** "class 2" on a plane; a table's own name for the class ("setosa", "7"). */
export function classLabel(index: number, names: readonly string[] | null | undefined): string {
  return names?.[index] ?? `class ${index}`;
}

function ClassName({ index, names, testId, strong }: { index: number; names: readonly string[] | null | undefined; testId?: string; strong?: boolean }) {
  if (!names?.[index]) {
    const n = strong ? <strong data-testid={testId}>{index}</strong> : <span data-testid={testId}>{index}</span>;
    return <>class {n}</>;
  }
  return strong ? (
    <strong data-testid={testId} data-class={index}>
      {names[index]}
    </strong>
  ) : (
    <span data-testid={testId} data-class={index}>
      {names[index]}
    </span>
  );
}

function ClassSwatch({ index }: { index: number }) {
  return <span className="walk-swatch" style={{ background: CLASS_COLORS[index % CLASS_COLORS.length] }} aria-hidden="true" />;
}

/** What a table's first layer takes in, for the neuron's caption (null: as on a plane). */
function tableInputSource(data: Ready): string | null {
  const { table } = data;
  if (!table) return null;
  const n = data.choice.sample.features.length;
  if (table.image) return `the ${n} pixels of the digit (white ones are 0 and add nothing). With so many, the sum shows the largest terms and adds up the rest`;
  return n > MAX_TERMS ? `the row’s ${n} inputs; the sum shows the largest terms and adds up the rest` : `the row’s ${n} inputs`;
}

function NeuronStep({ view, spec, source }: { view: NeuronView; spec: ModelSpec; source: string | null }) {
  const { layer, unit, terms, rest, bias, z, a, activation, scale } = view;
  const edge = (input: number) => ({ layer, unit, input });
  const sumItems = [
    ...terms.map((t) => ({ key: `t${t.input}`, v: t.term, scale, target: edge(t.input) })),
    ...(rest ? [{ key: 'rest', v: rest.sum, scale, label: ` (${rest.count} more)` }] : []),
    { key: 'b', v: bias, scale, target: edge(-1), label: ' (b)' },
  ];
  return (
    <div className="walk-step__body">
      <Note>
        Inputs: {source ?? inputSource(spec, layer)}. The neuron multiplies each by its weight, adds them up with its bias, and passes the sum z through its activation.
      </Note>
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
        <Note>
          This is an output of a softmax layer: its a depends on every z of the layer, so it comes once all of them are known (the softmax step).
        </Note>
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

function SoftmaxStep({ trace, layer, names }: { trace: Trace; layer: number; names: string[] | null }) {
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
                <Num v={r.z} />
              </td>
              <td>
                <Num v={r.exp} />
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
          <ClassSwatch index={prediction.predicted} /> <ClassName index={prediction.predicted} names={names} testId="predicted-class" strong /> (the probability of {classLabel(1, names)} is{' '}
          <Num v={prediction.p} testId="prediction" />
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

function LossStep({ view, names, targetScale }: { view: LossView; names: string[] | null; targetScale: { mean: number; std: number } | null }) {
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
        {r.unit > 0 && <span className="op">+</span>}(<Num v={r.a} /> − <Num v={r.y} />)²
      </span>
    ));
    return (
      <>
        <Derivation label="Mean squared error">
          <Line lhs="L">{k === 1 ? <span className="sym">(a − y)²</span> : <span className="sym">(1/{k}) · Σ (a − y)²</span>}</Line>
          <Line lhs="">{k === 1 ? diffs : <>({diffs}) / {k}</>}</Line>
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
            −[<Num v={r.y} /> · log <Num v={r.a} /> + (1 − <Num v={r.y} />) · log(1 − <Num v={r.a} />)]
          </Line>
          {(r.y === 0 || r.y === 1) && (
            <Line lhs="">{r.y === 1 ? <>−log <Num v={r.a} /></> : <>−log(1 − <Num v={r.a} />)</>}</Line>
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

// ---------- Backward ----------

function OutputDeltaStep({ view }: { view: OutputDeltaView }) {
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
          <>
            <Line lhs="δ">
              <span className="sym">a{sub} − y{sub}</span> = <Num v={a} /> − <Num v={y} />
            </Line>
          </>
        )}
        {rule === 'mse-softmax' && (
          <>
            <Line lhs="∂L/∂a">
              <span className="sym">2 · (a − y) / {k}</span> = <Num v={outputGrad} />
            </Line>
            <Line lhs="δ">
              <span className="sym">a{sub} · (∂L/∂a{sub} − Σ ∂L/∂a · a)</span> = <Factor v={a} /> · (<Num v={outputGrad} /> − <Factor v={view.dot ?? NaN} />)
            </Line>
          </>
        )}
        <Line lhs="δ" result>
          <Num v={delta} testId="delta" className="big" />
        </Line>
      </Derivation>
      {rule === 'bce-sigmoid' && (
        <Note>
          Sigmoid and binary cross-entropy fit together: the a(1 − a) of the slope cancels the one in ∂L/∂a, so δ simplifies to a − y, the plain error.
        </Note>
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

function HiddenDeltaStep({ view, spec }: { view: HiddenDeltaView; spec: ModelSpec }) {
  const { layer, unit, terms, rest, outputGrad, slope, delta, activation } = view;
  const scale = Math.max(1e-12, ...terms.map((t) => Math.abs(t.product)), Math.abs(rest?.sum ?? 0));
  const next = layerLabel(spec, layer + 1).toLowerCase();
  const edge = (j: number) => ({ layer: layer + 1, unit: j, input: unit });
  return (
    <div className="walk-step__body">
      <Note>
        This neuron feeds every neuron of {next}. Its share of the blame is their deltas, each weighted by the connection it reached them through (wⱼ: its weight into neuron j
        of {next}), times the slope of its own activation.
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

function GradientStep({ data, layer, unit }: { data: Ready; layer: number; unit: number }) {
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
  adam:
    'Adam keeps, for every weight, a running average of its gradients (m) and of their squares (v), corrects both for the first few steps, and moves the weight by η · m / (√v + ε): a step of about η, in the direction the recent gradients agree on.',
  rmsprop:
    'RMSprop keeps, for every weight, a running average of its squared gradients, v ← ρ·v + (1 − ρ)·g², and divides the step by its square root: w ← w − η · g / √(v + ε). Weights with large gradients take smaller steps.',
};

function UpdateStep({ data, layer, unit }: { data: Ready; layer: number; unit: number }) {
  const { optimizer, momentum } = data.config;
  const view = updateView(data.trace, optimizer, layer, unit);
  const plain = optimizer === 'sgd' && momentum === 0;
  const eta = <Num v={view.learningRate} />;
  return (
    <div className="walk-step__body">
      {plain ? (
        <Note>
          Gradient descent moves every weight a small step against its gradient: w ← w − η · ∂L/∂w, where η = {eta} is the learning rate.
        </Note>
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

function ApplyStep({ data }: { data: Ready }) {
  const b = data.trace.backward!;
  const changed = changedParams(data.trace);
  return (
    <div className="walk-step__body">
      <Note>
        That is one full step of training on this one sample: forward to the loss, backward to every weight. It changes {changed} of the network&rsquo;s weights and biases. Apply it and
        watch the loss of this sample fall; training does the same over batches of samples, thousands of times.
      </Note>
      <p className="walk-note">
        Loss now: <Num v={b.value} testId="loss-now" className="strong" />
      </p>
    </div>
  );
}
