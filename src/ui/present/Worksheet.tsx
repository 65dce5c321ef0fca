// The printed worksheet's numbers: every layer's weights and biases as tables a class can work
// from by hand. Shown only on paper (print.css); the page itself shows them in the graph.

import { selectParams, selectSpec, useTrainingStore } from '../../state/trainingStore.ts';
import { formatNumber } from '../format.ts';
import { kerasWeightsOf } from '../lessons/kerasWeights.ts';

/** Beyond this many weights a layer's table would fill pages: it is summed up instead. */
const MAX_PRINTED = 120;

export function Worksheet() {
  const spec = useTrainingStore(selectSpec);
  const params = useTrainingStore(selectParams);
  if (!spec || !params) return null;
  // Only the layers small enough to print are read out of the flat weights: this renders on every
  // frame, and listing every weight of a large network cost more than the rest of the page together.
  const weights = kerasWeightsOf(spec, params, MAX_PRINTED);
  return (
    <section className="worksheet" aria-hidden="true">
      <h2>Weights and biases</h2>
      {spec.layers.map((layer, l) => {
        const kernel = weights[2 * l] as number[][];
        const bias = weights[2 * l + 1] as number[];
        const fanIn = l === 0 ? spec.inputs : spec.layers[l - 1].units;
        const name = l === spec.layers.length - 1 ? 'Output layer' : `Layer ${l + 1}`;
        if (fanIn * layer.units > MAX_PRINTED) {
          return (
            <p key={l}>
              {name}: {fanIn} × {layer.units} weights and {layer.units} biases ({layer.activation}), too many to print.
            </p>
          );
        }
        return (
          <table key={l} className="worksheet__layer">
            <caption>
              {name}: {layer.units} {layer.units === 1 ? 'neuron' : 'neurons'}, {layer.activation}
            </caption>
            <thead>
              <tr>
                <th scope="col">from</th>
                {bias.map((_, j) => (
                  <th key={j} scope="col">
                    neuron {j + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {kernel.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{l === 0 ? `input ${i + 1}` : `neuron ${i + 1}`}</th>
                  {row.map((w, j) => (
                    <td key={j}>{formatNumber(w, 4)}</td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">bias</th>
                {bias.map((b, j) => (
                  <td key={j}>{formatNumber(b, 4)}</td>
                ))}
              </tr>
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
