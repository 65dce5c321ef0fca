// Everything the network views need to draw the setup as configured, whatever the data: the model's
// shape (at once, before the worker's next frame), the inputs by name, and for a table the sample
// the graph follows with each neuron's output for it.

import { useEffect, useMemo, useState } from 'react';
import type { FeatureName, Task } from '../../engine/datasets/names.ts';
import type { ModelSpec } from '../../engine/types.ts';
import {
  selectClasses,
  selectCsvShape,
  selectDataset,
  selectFeatures,
  selectHidden,
  selectProblem,
  selectSamples,
  selectSeed,
  selectValidationSplit,
  useConfigStore,
} from '../../state/configStore.ts';
import { isDigits, isPlane, NOISE_SHAPE, type TableDatasetName } from '../../setup/catalogue.ts';
import { heldOutCount, modelSpecOf, taskOf, unitsLimitOf } from '../../setup/rules.ts';
import { shapeOfTable, type DataShape } from '../../setup/shape.ts';
import type { GraphTableInputs } from '../network/NetworkGraph.tsx';
import { useForward } from '../useForward.ts';
import { DIGITS_SIDE, knownInputNames, knownShape } from '../../tables/sources.ts';
import { selectSample, selectTable, useTableStore } from '../../state/tableStore.ts';

export interface NetworkSetup {
  spec: ModelSpec;
  features: FeatureName[];
  task: Task;
  maxUnits: number;
  /** Null for a plane. */
  table: GraphTableInputs | null;
  /** Each layer's output for the followed sample (tables). */
  activations: Float64Array[] | null;
  /** For the summary: what the inputs are when there are too many to list. */
  inputNote: string | null;
}

type RandomNoise = typeof import('../../engine/datasets/noise.ts').randomNoise;

/** The noise generator, loaded when the noise is first chosen (with the table code; a plane never needs it). */
let randomNoise: RandomNoise | null = null;

/** The first validation row of the noise the worker makes from the same seed (the same rule splits it). */
function noiseSample(make: RandomNoise, samples: number, validationSplit: number, seed: number): Float64Array | null {
  const d = NOISE_SHAPE.inputs;
  const noise = make({ samples, features: d, classes: NOISE_SHAPE.classes, seed });
  const cut = samples - heldOutCount(samples, validationSplit);
  return cut < samples ? noise.x.slice(cut * d, (cut + 1) * d) : null;
}

/** noiseSample for the noise, null for other data (and until the generator has loaded). */
function useNoiseSample(wanted: boolean, samples: number, validationSplit: number, seed: number): Float64Array | null {
  const [make, setMake] = useState(() => randomNoise);
  useEffect(() => {
    if (!wanted || make) return;
    import('../../engine/datasets/noise.ts').then(
      (m) => {
        randomNoise = m.randomNoise;
        setMake(() => m.randomNoise);
      },
      () => {}, // offline or a new deploy: the graph shows the network without a row's values
    );
  }, [wanted, make]);
  return useMemo(() => (wanted && make ? noiseSample(make, samples, validationSplit, seed) : null), [wanted, make, samples, validationSplit, seed]);
}

export function useNetworkSetup(): NetworkSetup {
  const hidden = useConfigStore(selectHidden);
  const features = useConfigStore(selectFeatures);
  const dataset = useConfigStore(selectDataset);
  const classes = useConfigStore(selectClasses);
  const csvShape = useConfigStore(selectCsvShape);
  const samples = useConfigStore(selectSamples);
  const split = useConfigStore(selectValidationSplit);
  const seed = useConfigStore(selectSeed);
  const problem = useConfigStore(selectProblem);
  const prepared = useTableStore(selectTable);
  const followed = useTableStore(selectSample);
  const plane = isPlane(dataset);
  // The prepared table's own shape once it is there; until then what is known of the source.
  const current = !plane && prepared?.source === dataset ? prepared : null;
  // Memoised on its sources (store values), so the spec below is rebuilt only when one of them changes.
  const shape = useMemo((): DataShape | null => (plane ? null : current ? shapeOfTable(current) : knownShape(dataset, csvShape)), [plane, current, dataset, csvShape]);

  const spec = useMemo(
    () => (plane || shape ? modelSpecOf({ dataset, classes, features, hidden, problem }, shape) : modelSpecOf({ dataset: 'circle', classes, features, hidden })),
    [plane, shape, dataset, classes, features, hidden, problem],
  );

  const noiseX = useNoiseSample(dataset === 'noise', samples, split, seed);
  const sampleX = dataset === 'noise' ? noiseX : current && followed && followed.x.length === spec.inputs ? followed.x : null;
  const activations = useForward(plane ? null : sampleX);

  const table = useMemo((): GraphTableInputs | null => {
    if (plane) return null;
    const image = current?.image ?? (isDigits(dataset) ? { rows: DIGITS_SIDE, cols: DIGITS_SIDE } : null);
    const names = current?.inputNames ?? knownInputNames(dataset as TableDatasetName, spec.inputs);
    const digits = isDigits(dataset);
    let caption = '';
    if (dataset === 'noise' && sampleX) caption = 'the first validation row';
    else if (followed?.origin === 'drawn') caption = 'the digit you drew';
    else if (followed && current) caption = `${digits ? 'validation digit' : 'validation row'} ${followed.index + 1}`;
    const target = current?.targetScale ? { name: current.targetName, ...current.targetScale } : null;
    return { names, image, values: sampleX, caption, standardised: current?.stats != null, target };
  }, [plane, current, dataset, spec.inputs, sampleX, followed]);

  const inputNote = plane
    ? null
    : isDigits(dataset)
      ? `the ${table?.image?.rows}×${table?.image?.cols} pixels of a digit, 0 (white) to 1 (ink)`
      : dataset === 'noise'
        ? `${spec.inputs} random numbers from 0 to 1`
        : null;

  return {
    spec,
    features,
    task: taskOf(dataset, shape, problem),
    maxUnits: unitsLimitOf(dataset).max,
    table,
    activations: plane ? null : activations,
    inputNote,
  };
}
