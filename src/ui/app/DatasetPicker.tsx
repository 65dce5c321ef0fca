// One button per dataset: the planes drawn as their points, then the data that is not a plane
// (noise, real tables, handwritten digits, the learner's own CSV) each with a small picture.
// The chosen one is pressed.

import { DATASET_INFO, DATASETS_2D, type Dataset2DName } from '../../engine/datasets/names.ts';
import { selectClasses, selectDataset, selectNoise, useConfigStore } from '../../state/configStore.ts';
import { isPlane } from '../../setup/catalogue.ts';
import { TABLE_CARDS } from '../../tables/sources.ts';
import { useTableStore } from '../../state/tableStore.ts';
import { DatasetThumbnail, TableThumbnail } from './DatasetThumbnail.tsx';
import '../tables/data.css';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT, useLock } from '../lock/useLock.ts';

/** Names short enough to sit under a thumbnail on a phone; the full name is the button's accessible name. */
const SHORT_NAMES: Record<Dataset2DName, string> = {
  circle: 'Circle',
  xor: 'XOR',
  gauss: 'Gauss',
  spiral: 'Spiral',
  moons: 'Moons',
  blobs: 'Blobs',
  spirals: 'Spirals',
  plane: 'Plane',
  bumps: 'Bumps',
};

export function DatasetPicker() {
  const dataset = useConfigStore(selectDataset);
  const noise = useConfigStore(selectNoise);
  const classes = useConfigStore(selectClasses);
  const { locked } = useLock('dataset');
  return (
    <>
      {locked && (
        <p className="lock-note">
          <LockMark /> The dataset is locked by your teacher.
        </p>
      )}
      {/* Smaller while other data is chosen, so what that data is made of fits below. */}
      <div className={isPlane(dataset) ? 'dataset-picker' : 'dataset-picker is-compact'} role="group" aria-label="Dataset">
        {DATASETS_2D.map((name) => {
          const { label } = DATASET_INFO[name];
          return (
            <button
              key={name}
              type="button"
              className="dataset-button"
              aria-label={`Dataset: ${label}`}
              aria-pressed={name === dataset}
              title={locked ? LOCKED_HINT : label}
              disabled={locked}
              onClick={() => useConfigStore.getState().setDataset(name)}
            >
              <DatasetThumbnail name={name} noise={noise} classes={classes} />
              <span className="dataset-button__label" aria-hidden="true">
                {SHORT_NAMES[name]}
              </span>
            </button>
          );
        })}
      </div>
      <div className="dataset-cards" role="group" aria-label="More data">
        {TABLE_CARDS.map(({ name, label, blurb }) => {
          const csv = name === 'csv';
          return (
            <button
              key={name}
              type="button"
              className="dataset-card"
              aria-label={`Dataset: ${label}`}
              aria-pressed={name === dataset}
              aria-haspopup={csv ? 'dialog' : undefined}
              title={locked ? LOCKED_HINT : blurb}
              disabled={locked}
              onClick={() => (csv ? useTableStore.getState().setCsvDialogOpen(true) : useConfigStore.getState().setDataset(name))}
            >
              <TableThumbnail name={name} />
              <span className="dataset-card__label">{label}</span>
            </button>
          );
        })}
      </div>
    </>
  );
}
