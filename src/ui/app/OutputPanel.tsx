// The right column's top: the output plot, its legend and the validation toggle.

import { selectShowValidation, useViewStore } from '../../state/viewStore.ts';
import { ColorLegend } from './ColorLegend.tsx';
import { OutputPlot } from './OutputPlot.tsx';

export function OutputPanel() {
  const showValidation = useViewStore(selectShowValidation);
  return (
    <section className="panel output-panel" aria-labelledby="output-heading">
      <div className="panel-heading">
        <h2 id="output-heading">Output</h2>
        <label className="checkbox">
          <input type="checkbox" checked={showValidation} onChange={(e) => useViewStore.getState().setShowValidation(e.target.checked)} />
          Show validation data
        </label>
      </div>
      <OutputPlot />
      <ColorLegend />
    </section>
  );
}
