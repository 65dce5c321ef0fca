// A Keras-style model.summary(): one row per Dense layer with its output shape and parameter count.

import type { ModelSpec } from '../../engine/types.ts';
import type { FeatureName } from '../../engine/datasets/names.ts';
import { featureLabels } from './labels.ts';
import { ACTIVATION_LABELS } from './labels.ts';
import { paramOffsets } from './params.ts';
import './network.css';

export interface ModelSummaryProps {
  spec: ModelSpec;
  /** Names the inputs under the table; optional. */
  activeFeatures?: readonly FeatureName[];
  /** A table's input names (instead of features). */
  inputNames?: readonly string[] | null;
  /** Says what the inputs are when there are too many to list ("the 28×28 pixels of a digit"). */
  inputNote?: string | null;
}

/** Inputs are listed by name up to this many. */
const LISTED_INPUTS = 12;

/** Keras names Dense layers dense, dense_1, dense_2, ... */
function kerasName(index: number): string {
  return index === 0 ? 'dense' : `dense_${index}`;
}

export function ModelSummary({ spec, activeFeatures, inputNames, inputNote }: ModelSummaryProps) {
  const names = inputNames ?? (activeFeatures ? featureLabels(activeFeatures) : []);
  const described = inputNote ?? (names.length > 0 && names.length <= LISTED_INPUTS ? names.join(', ') : null);
  const { layers, total } = paramOffsets(
    spec.inputs,
    spec.layers.map((l) => l.units),
  );
  const last = spec.layers.length - 1;
  return (
    <div className="nn-summary" data-testid="model-summary">
      <p className="nn-summary__model">Model: "sequential"</p>
      <table>
        <caption className="nn-sr-only">Model summary: each layer, its output shape and its number of parameters</caption>
        <thead>
          <tr>
            <th scope="col">Layer (type)</th>
            <th scope="col">Output Shape</th>
            <th scope="col" className="nn-num">
              Param #
            </th>
            <th scope="col">Activation</th>
          </tr>
        </thead>
        <tbody>
          {spec.layers.map((layer, i) => {
            const o = layers[i];
            const count = o.inputs * o.units + o.units;
            return (
              <tr key={i} data-testid={`summary-row-${i}`}>
                <th scope="row" className="nn-mono">
                  {kerasName(i)} <span className="nn-summary__type">(Dense)</span>
                </th>
                <td className="nn-mono">(None, {layer.units})</td>
                <td className="nn-num nn-mono">
                  {count}
                  <span className="nn-summary__math" title={`${o.inputs} inputs × ${o.units} units + ${o.units} biases`}>
                    {o.inputs}×{o.units} + {o.units}
                  </span>
                </td>
                <td>
                  {ACTIVATION_LABELS[layer.activation].replace(' (none)', '')}
                  {i === last && <span className="nn-summary__type"> · output</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total params
            </th>
            <td className="nn-num nn-mono" data-testid="total-params">
              {total}
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="nn-summary__note">
        Input shape (None, {spec.inputs}){described && <>: {described}</>}. Every parameter is trainable; "None" is the batch size, which can be anything.
      </p>
    </div>
  );
}
