// The left column: which data, how much of it, how noisy, and how it is split. Planes are generated
// from a few settings; the other data (noise, tables, digits, a CSV) show what they are made of instead.

import {
  selectClasses,
  selectDataset,
  selectNoise,
  selectSamples,
  selectTask,
  selectValidationSplit,
  useConfigStore,
} from '../../state/configStore.ts';
import { RANGES } from '../../setup/limits.ts';
import { DATASET_LABELS, isPlane } from '../../setup/catalogue.ts';
import { heldOutCount } from '../../setup/rules.ts';
import { TableDataInfo } from '../tables/TableDataInfo.tsx';
import { lazy, Suspense, useState } from 'react';
import { useTableStore } from '../../state/tableStore.ts';
import { SAMPLE_COUNTS, withCurrent } from './choices.ts';
import { DatasetPicker } from './DatasetPicker.tsx';
import { Icon } from './Icon.tsx';
import { SelectField } from './SelectField.tsx';
import { SliderField } from './SliderField.tsx';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';

// The CSV dialog and its parser load the first time a learner opens it, not with the page.
const CsvDialog = lazy(() => import('../tables/CsvDialog.tsx').then((m) => ({ default: m.CsvDialog })));

const CLASS_COUNTS = Array.from({ length: RANGES.classes.max - RANGES.classes.min + 1 }, (_, i) => RANGES.classes.min + i);

export function DataPanel() {
  const dataset = useConfigStore(selectDataset);
  const plane = isPlane(dataset);
  return (
    <section className="panel data-panel" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <DatasetPicker />
      <p className="dataset-name" data-testid="dataset-name">
        {DATASET_LABELS[dataset]}
      </p>
      {plane ? <PlaneSettings /> : <TableDataInfo />}
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
      <SliderField
        label="Noise"
        lock="noise"
        value={noise}
        min={RANGES.noise.min}
        max={RANGES.noise.max}
        step={1}
        display={`${Math.round(noise)}%`}
        onChange={config.setNoise}
      />
      <SliderField
        label="Validation split"
        lock="validationSplit"
        value={Math.round(split * 100)}
        min={RANGES.validationSplit.min * 100}
        max={RANGES.validationSplit.max * 100}
        step={1}
        display={`${Math.round(split * 100)}%`}
        title={`${samples - validationCount} points to train on, ${validationCount} for validation`}
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
      <RegenerateButton onClick={config.regenerate} />
    </>
  );
}

function RegenerateButton({ onClick }: { onClick: () => void }) {
  const { locked } = useLock('regenerate');
  return (
    <button type="button" className="button" onClick={onClick} disabled={locked} title={locked ? LOCKED_HINT : 'New points from the next seed'}>
      <Icon name="regenerate" />
      Regenerate
      {locked && <LockMark />}
    </button>
  );
}
