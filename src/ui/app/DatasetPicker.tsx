// One button per dataset, drawn as its points; the chosen one is pressed.

import { DATASET_INFO, DATASETS_2D } from '../../engine/data/names.ts';
import { selectClasses, selectDataset, selectNoise, useConfigStore } from '../../state/configStore.ts';
import { DatasetThumbnail } from './DatasetThumbnail.tsx';

export function DatasetPicker() {
  const dataset = useConfigStore(selectDataset);
  const noise = useConfigStore(selectNoise);
  const classes = useConfigStore(selectClasses);
  return (
    <div className="dataset-picker" role="group" aria-label="Dataset">
      {DATASETS_2D.map((name) => {
        const { label } = DATASET_INFO[name];
        return (
          <button
            key={name}
            type="button"
            className="dataset-button"
            aria-label={`Dataset: ${label}`}
            aria-pressed={name === dataset}
            title={label}
            onClick={() => useConfigStore.getState().setDataset(name)}
          >
            <DatasetThumbnail name={name} noise={noise} classes={classes} />
          </button>
        );
      })}
    </div>
  );
}
