// What the graph is given: the props of NetworkGraph, and a table's inputs.

import type { ActivationName, ModelSpec } from '../../engine/types.ts';
import type { FeatureName, Task } from '../../engine/datasets/names.ts';
import type { Highlight, NeuronRef } from '../../state/viewStore.ts';

/** A table's inputs, drawn in place of the plane's features. */
export interface GraphTableInputs {
  /** One per input, in kernel-0 row order (spec.inputs entries). */
  names: readonly string[];
  /** The inputs are the pixels of an image of this shape (digits). */
  image?: { rows: number; cols: number } | null;
  /** The followed sample's inputs as the network sees them, or null. */
  values?: ArrayLike<number> | null;
  /** What the followed sample is: "the digit you drew", "validation row 3". */
  caption?: string;
  /** The inputs were standardised (mean 0, standard deviation 1 over the training rows). */
  standardised?: boolean;
  /** Regression: the network predicts the standardised target; this turns its output into the target's units. */
  target?: { name: string; mean: number; std: number } | null;
}

export interface GraphLocks {
  layers?: boolean;
  activation?: boolean;
  features?: boolean;
}

/** The reason a locked control gives in its tooltip. */
export const LOCKED_TITLE = 'Locked by your teacher';

export interface NetworkGraphProps {
  /** The model to draw; its layers are the hidden layers followed by the output layer. */
  spec: ModelSpec;
  /** Features switched on, in the order of the input columns (kernel 0 rows). Must have spec.inputs entries unless `tableInputs` is given. */
  activeFeatures: readonly FeatureName[];
  /** A table's inputs: replaces the feature column (and makes `activeFeatures` irrelevant). */
  tableInputs?: GraphTableInputs | null;
  /** Tables: each dense layer's outputs for the followed sample, what the nodes show having no plane. */
  activations?: readonly ArrayLike<number>[] | null;
  /** Most neurons a hidden layer may have (default: the plane's limit). */
  maxUnits?: number;
  /** Sets a hidden layer's size directly; wide layers get a number field when given. */
  onUnitsSet?: (layer: number, units: number) => void;
  /** Every parameter in Keras order; ignored (connections drawn grey) unless its length fits `spec`. */
  params: Float64Array | null;
  /** Each neuron's output over the plane; ignored unless its length fits `spec` and `neuronGridSize`. */
  neuronGrids: Float32Array | null;
  neuronGridSize: number;
  /** Explains the output layer: "sigmoid · 2 classes", "softmax · 4 classes", "linear · regression". */
  task: Task;
  /** Emphasise a part of the network, e.g. while a weight-matrix cell is hovered. */
  highlight?: Highlight | null;
  /** Controls a teacher's lesson locked: they stay in view, disabled, saying why. */
  locked?: GraphLocks;
  onToggleFeature: (name: FeatureName) => void;
  onAddLayer: () => void;
  onRemoveLayer: () => void;
  /** `layer` is the 0-based hidden layer; delta is +1 or -1. */
  onUnitsChange: (layer: number, delta: number) => void;
  onActivationChange: (layer: number, activation: ActivationName) => void;
  /** A typed weight (input >= 0) or bias (input = -1) for unit `unit` of dense layer `layer`. */
  onEditParam: (layer: number, unit: number, input: number, value: number) => void;
  /** The neuron whose map the output plot keeps showing; a click on a neuron pins or unpins it, Escape unpins. */
  pinnedNeuron?: NeuronRef | null;
  onPinNeuron?: (neuron: NeuronRef | null) => void;
  /** The hovered part of the network, or null when the pointer leaves it. */
  onHover?: (target: Highlight | null) => void;
}
