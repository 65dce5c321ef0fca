// The printed worksheet's numbers: every layer's weights and biases as tables a class can work
// from by hand. Shown only on paper (print.css); the page itself shows them in the graph. Rendered
// only while printing: on screen it would re-render with every frame of training for nobody.

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { selectParams, selectSpec, useTrainingStore } from '../../state/trainingStore.ts';
import { formatNumber } from '../format.ts';
import { kerasWeightsOf } from '../lessons/kerasWeights.ts';

/** Beyond this many weights a layer's table would fill pages: it is summed up instead. */
const MAX_PRINTED = 120;

export function Worksheet() {
  return usePrinting() ? <WorksheetTables /> : null;
}

/** True while the page is printed, or shown as print media (a test's emulation, a print preview). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => matchMedia('print').matches);
  useEffect(() => {
    const media = matchMedia('print');
    const follow = () => setPrinting(media.matches);
    // The browser lays out the paper as soon as beforeprint returns: the tables must be in the DOM by then.
    const before = () => flushSync(() => setPrinting(true));
    addEventListener('beforeprint', before);
    addEventListener('afterprint', follow);
    media.addEventListener('change', follow);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', follow);
      media.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}

function WorksheetTables() {
  const spec = useTrainingStore(selectSpec);
  const params = useTrainingStore(selectParams);
  if (!spec || !params) return null;
  // Only the layers small enough to print are read out of the flat weights: listing every weight of a
  // large network would cost more than the rest of the page together.
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
