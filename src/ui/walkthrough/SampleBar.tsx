// Which sample the walkthrough follows: fields to type a point (a plane), or a row picker (a table).

import { useState, type FormEvent } from 'react';
import { parseNumber } from '../network/parseNumber.ts';
import { followTyped } from './actions.ts';
import { followRow } from './followRow.ts';
import { formatNumber } from '../format.ts';
import type { Ready } from './useWalkthrough.ts';

/** Which sample, and fields to type another (a plane) or buttons to pick another row (a table). */
export function SampleBar({ data }: { data: Ready }) {
  const { choice } = data;
  if (choice.origin.kind === 'row') return <RowPicker key={choice.id} data={data} index={choice.origin.index} count={choice.origin.count} drawn={choice.origin.drawn} />;
  const set = choice.origin.kind === 'picked' ? choice.origin.set : 'train';
  return (
    <div className="walk-sample">
      <SampleForm key={choice.id} data={data} />
      <p className="walk-sample__origin muted">
        {choice.origin.kind === 'typed'
          ? 'Typed in: change a number and press Use, or click a point on the output plot.'
          : `${set === 'train' ? 'Training' : 'Validation'} point ${choice.origin.index + 1}: click another on the output plot, or type one.`}
      </p>
    </div>
  );
}

/** A table: which validation row (or digit) the walkthrough follows, and buttons to pick another. */
function RowPicker({ data, index, count, drawn }: { data: Ready; index: number; count: number; drawn: boolean }) {
  const digits = data.table?.digits ?? false;
  const noun = digits ? 'validation digit' : 'validation row';
  const [text, setText] = useState(String(index + 1));
  const go = (i: number) => followRow(Math.max(0, Math.min(count - 1, i)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(text.trim());
    if (Number.isInteger(n) && n >= 1 && n <= count) go(n - 1);
    else setText(String(index + 1));
  };
  return (
    <div className="walk-sample">
      <form className="walk-sample__form walk-row" onSubmit={submit} data-testid="row-picker">
        <span className="walk-sample__label">Sample</span>
        <button type="button" className="button small" onClick={() => go(index - 1)} disabled={index <= 0} aria-label={digits ? 'Previous digit' : 'Previous row'}>
          ‹ Previous
        </button>
        <label>
          <span>{digits ? 'Validation digit' : 'Validation row'}</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            onBlur={submit}
            inputMode="numeric"
            spellCheck={false}
            autoComplete="off"
            aria-label={digits ? 'Validation digit number' : 'Validation row number'}
            data-testid="row-number"
            className="walk-row__number"
          />
          <span className="muted">of {count.toLocaleString('en')}</span>
        </label>
        <button type="button" className="button small" onClick={() => go(index + 1)} disabled={index >= count - 1} aria-label={digits ? 'Next digit' : 'Next row'}>
          Next ›
        </button>
      </form>
      <p className="walk-sample__origin muted">
        {drawn
          ? `The walkthrough follows ${noun} ${index + 1}, not the digit you drew: it needs a label to compare with.`
          : digits
            ? `Validation digit ${index + 1}, labelled ${data.classNames?.[data.choice.sample.label] ?? data.choice.sample.label}: pick another here, or click one under Mistakes.`
            : `${noun[0].toUpperCase()}${noun.slice(1)} ${index + 1}, as the network sees it: pick another here.`}
      </p>
    </div>
  );
}

/** A sample's value in a field: short enough to read, and kept exact unless the learner retypes it. */
const fieldText = (v: number) => formatNumber(v, 7).replace('\u2212', '-');

function SampleForm({ data }: { data: Ready }) {
  const { sample } = data.choice;
  const point = sample.point ?? [0, 0];
  const initial = [fieldText(point[0]), fieldText(point[1]), String(sample.label)];
  const exact = [point[0], point[1], sample.label];
  const [x1, setX1] = useState(initial[0]);
  const [x2, setX2] = useState(initial[1]);
  const [target, setTarget] = useState(initial[2]);
  const [error, setError] = useState('');
  const submit = (e?: FormEvent, label = target) => {
    e?.preventDefault();
    const texts = [x1, x2, label];
    const values = texts.map((t) => parseNumber(t));
    const bad = values.findIndex((v) => !v.ok);
    if (bad >= 0) {
      setError(`${['x₁', 'x₂', 'Target'][bad]}: ${(values[bad] as { message: string }).message}`);
      return;
    }
    const [a, b, y] = values.map((v, i) => (texts[i].trim() === initial[i] ? exact[i] : (v as { value: number }).value));
    setError('');
    followTyped({ point: [a, b], label: y });
  };
  const classes = data.task === 'regression' ? 0 : data.classes;
  return (
    <form className="walk-sample__form" onSubmit={submit}>
      <span className="walk-sample__label">Sample</span>
      <label>
        <span>x₁</span>
        <input value={x1} onChange={(e) => setX1(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" aria-label="Sample x₁" data-testid="sample-x1" />
      </label>
      <label>
        <span>x₂</span>
        <input value={x2} onChange={(e) => setX2(e.target.value)} inputMode="decimal" spellCheck={false} autoComplete="off" aria-label="Sample x₂" data-testid="sample-x2" />
      </label>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is one of two, chosen below by the task */}
      <label>
        <span>target</span>
        {classes > 0 ? (
          <select
            value={target}
            aria-label="Sample target class"
            data-testid="sample-target"
            onChange={(e) => {
              setTarget(e.target.value);
              submit(undefined, e.target.value);
            }}
          >
            {Array.from({ length: classes }, (_, k) => (
              <option key={k} value={String(k)}>
                class {k}
              </option>
            ))}
          </select>
        ) : (
          <input
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            inputMode="decimal"
            spellCheck={false}
            autoComplete="off"
            aria-label="Sample target value"
            data-testid="sample-target"
          />
        )}
      </label>
      <button type="submit" className="button">
        Use
      </button>
      {error && (
        <p className="walk-sample__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
