// The first step: the sample as the network takes it in, a point on the plane or a row of a table.

import { useEffect, useRef } from 'react';
import { paintInk } from '../network/heatmaps.ts';
import { Num, pointsAt } from './bits.tsx';
import { MAX_TERMS } from './viewModel.ts';
import type { Ready } from './useWalkthrough.ts';
import { Note, ClassName, ClassSwatch } from './stepParts.tsx';

export function InputStep({ data }: { data: Ready }) {
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

export function TableInputStep({ data }: { data: Ready }) {
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

/** What a table's first layer takes in, for the neuron's caption (null: as on a plane). */
export function tableInputSource(data: Ready): string | null {
  const { table } = data;
  if (!table) return null;
  const n = data.choice.sample.features.length;
  if (table.image) return `the ${n} pixels of the digit (white ones are 0 and add nothing). With so many, the sum shows the largest terms and adds up the rest`;
  return n > MAX_TERMS ? `the row’s ${n} inputs; the sum shows the largest terms and adds up the rest` : `the row’s ${n} inputs`;
}
