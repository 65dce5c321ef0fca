// The left column: which data, how much of it, how noisy, and how it is split. Planes are generated
// from a few settings; the other data (noise, tables, digits, a CSV) show what they are made of instead.

import { selectClasses, selectDataset, selectNoise, selectProblem, selectSamples, selectTask, selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { isPlane } from '../../setup/catalogue.ts';
import { allowsBothProblems, heldOutCount, outputLayerOf } from '../../setup/rules.ts';
import type { Problem } from '../../setup/config.ts';
import { lazy, Suspense, useState } from 'react';
import { useTableStore } from '../../state/tableStore.ts';
import { SAMPLE_COUNTS, withCurrent } from './choices.ts';
import { DatasetPicker } from './DatasetPicker.tsx';
import { CommandButton } from './CommandButton.tsx';
import { PLAYGROUND_COMMANDS } from '../../state/playgroundCommands.ts';
import { SelectField } from './SelectField.tsx';
import { SliderField } from './SliderField.tsx';

// The CSV dialog and its parser load the first time a learner opens it, not with the page.
const CsvDialog = lazy(() => import('../tables/CsvDialog.tsx').then((m) => ({ default: m.CsvDialog })));
// What a table is made of loads when a table is chosen; planes, the default, never need it.
const TableDataInfo = lazy(() => import('../tables/TableDataInfo.tsx').then((m) => ({ default: m.TableDataInfo })));

const CLASS_COUNTS = Array.from({ length: RANGES.classes.max - RANGES.classes.min + 1 }, (_, i) => RANGES.classes.min + i);

export function DataPanel() {
  const dataset = useConfigStore(selectDataset);
  const plane = isPlane(dataset);
  return (
    <section className="panel data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <DatasetPicker />
      {plane ? (
        <PlaneSettings />
      ) : (
        <Suspense fallback={null}>
          <TableDataInfo />
        </Suspense>
      )}
      <LazyCsvDialog />
    </section>
  );
}

/** Mounted from the first time the dialog is asked for; it stays mounted so it keeps the file it read. */
function LazyCsvDialog() {
  const open = useTableStore((s) => s.csvDialogOpen);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <CsvDialog />
    </Suspense>
  );
}

const PROBLEM_LABELS: Record<Problem, string> = { classification: 'Classification', regression: 'Regression' };

/** Where the data allow both: classify the points, or predict their 0/1 label as a number. The output layer follows, and says why. */
function ProblemField() {
  const dataset = useConfigStore(selectDataset);
  const problem = useConfigStore(selectProblem);
  const task = useConfigStore(selectTask);
  const classes = useConfigStore(selectClasses);
  if (!allowsBothProblems(dataset)) return null;
  const output = outputLayerOf({ task, classes });
  const why = task === 'regression' ? 'Linear: one number, the label predicted as a value' : 'Sigmoid: two classes, the probability of class 1';
  return (
    <div className="problem-field">
      <SelectField
        label="Problem type"
        value={problem}
        options={(['classification', 'regression'] as const).map((p) => ({ value: p, label: PROBLEM_LABELS[p] }))}
        title="Classification picks one of the two classes; regression predicts the label (0 or 1) as a number, with mean squared error."
        onChange={useConfigStore.getState().setProblem}
      />
      <p className="problem-why muted" data-testid="output-why">
        Output layer: {output.units} {output.activation} unit. {why}.
      </p>
    </div>
  );
}

function PlaneSettings() {
  const task = useConfigStore(selectTask);
  const noise = useConfigStore(selectNoise);
  const split = useConfigStore(selectValidationSplit);
  const samples = useConfigStore(selectSamples);
  const classes = useConfigStore(selectClasses);
  const config = useConfigStore.getState();
  const validationCount = heldOutCount(samples, split);
  return (
    <>
      <ProblemField />
      <SliderField label="Noise" lock="noise" value={noise} min={RANGES.noise.min} max={RANGES.noise.max} step={1} display={`${Math.round(noise)}%`} onChange={config.setNoise} />
      <SliderField
        label="Validation split"
        lock="validationSplit"
        value={Math.round(split * 100)}
        min={RANGES.validationSplit.min * 100}
        max={RANGES.validationSplit.max * 100}
        step={1}
        display={`${Math.round(split * 100)}%`}
        title={`The validation split holds points out of training, to check the network on data it has not seen: ${samples - validationCount} to train on, ${validationCount} for validation.`}
        onChange={(percent) => config.setValidationSplit(percent / 100)}
      />
      <div className="field-row">
        <SelectField
          label="Samples"
          lock="samples"
          value={samples}
          options={withCurrent(SAMPLE_COUNTS, samples).map((n) => ({ value: n, label: String(n) }))}
          onChange={config.setSamples}
        />
        {task === 'multiclass' && (
          <SelectField
            label="Number of classes"
            lock="classes"
            value={classes}
            options={withCurrent(CLASS_COUNTS, classes).map((k) => ({ value: k, label: String(k) }))}
            onChange={config.setClasses}
          />
        )}
      </div>
      <CommandButton id={PLAYGROUND_COMMANDS.regenerate} icon="regenerate" />
    </>
  );
}
