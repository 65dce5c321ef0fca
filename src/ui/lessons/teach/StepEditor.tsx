// One step of a teacher's lesson being written: its task, and the check chosen from a menu with
// the numbers it needs.

import { HIDDEN_ACTIVATIONS } from '../../../setup/defaults.ts';
import type { ActivationName } from '../../../engine/index.ts';
import { CHECK_KINDS, type TeachCheck } from './format.ts';
import { defaultCheck, type DraftStep } from './draft.ts';
import { describeCheck } from './lesson.ts';

const KIND_LABELS: Record<TeachCheck['kind'], string> = {
  accuracy: 'Validation accuracy at least…',
  loss: 'Validation loss at most…',
  epochs: 'At least … epochs',
  layers: 'A number of hidden layers',
  activation: 'A layer’s activation',
  answer: 'A typed answer',
};

function NumberInput({ label, value, onChange, step = 'any' }: { label: string; value: number; onChange: (v: number) => void; step?: string }) {
  return (
    <label className="teach__inline">
      <span>{label}</span>
      <input type="number" step={step} value={Number.isFinite(value) ? value : ''} onChange={(e) => onChange(e.target.value === '' ? NaN : Number(e.target.value))} />
    </label>
  );
}

function CheckFields({ check, onChange }: { check: TeachCheck; onChange: (c: TeachCheck) => void }) {
  switch (check.kind) {
    case 'accuracy':
      return <NumberInput label="Accuracy (%)" value={Math.round(check.min * 1000) / 10} onChange={(v) => onChange({ ...check, min: v / 100 })} />;
    case 'loss':
      return <NumberInput label="Loss" value={check.max} onChange={(v) => onChange({ ...check, max: v })} />;
    case 'epochs':
      return <NumberInput label="Epochs" step="1" value={check.min} onChange={(v) => onChange({ ...check, min: v })} />;
    case 'layers':
      return <NumberInput label="Hidden layers" step="1" value={check.count} onChange={(v) => onChange({ ...check, count: v })} />;
    case 'activation':
      return (
        <>
          <NumberInput label="Layer" step="1" value={check.layer} onChange={(v) => onChange({ ...check, layer: v })} />
          <label className="teach__inline">
            <span>Activation</span>
            <select value={check.activation} onChange={(e) => onChange({ ...check, activation: e.target.value as ActivationName })}>
              {HIDDEN_ACTIVATIONS.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
        </>
      );
    case 'answer':
      return (
        <>
          <NumberInput label="Answer" value={check.value} onChange={(v) => onChange({ ...check, value: v })} />
          <NumberInput label="Within ±" value={check.tolerance} onChange={(v) => onChange({ ...check, tolerance: v })} />
        </>
      );
  }
}

export function StepEditor({ index, step, onChange, onRemove }: { index: number; step: DraftStep; onChange: (s: DraftStep) => void; onRemove?: () => void }) {
  return (
    <li className="teach__step" data-testid={`teach-step-${index + 1}`}>
      <label className="teach__field">
        <span>Step {index + 1}: what to do</span>
        <input value={step.task} placeholder={describeCheck(step.check)} onChange={(e) => onChange({ ...step, task: e.target.value })} />
      </label>
      <div className="teach__check">
        <label className="teach__inline">
          <span>Done when</span>
          <select
            aria-label={`Step ${index + 1}: done when`}
            value={step.check.kind}
            onChange={(e) => onChange({ ...step, check: defaultCheck(e.target.value as TeachCheck['kind']) })}
          >
            {CHECK_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <CheckFields check={step.check} onChange={(check) => onChange({ ...step, check })} />
        {onRemove && (
          <button type="button" className="button small" onClick={onRemove}>
            Remove step {index + 1}
          </button>
        )}
      </div>
    </li>
  );
}
