// Above the graph: add or remove hidden layers, and the legend of what a connection's colour and width mean.

import { LIMITS } from '../../setup/limits.ts';
import { divergingColor } from '../colors.ts';
import { LOCKED_TITLE } from './graphTypes.ts';
import { STRONG_EDGES } from './layout.ts';
import { plural } from './labels.ts';
import { WeightKeysHint } from './WeightKeys.tsx';

interface GraphToolbarProps {
  hidden: number;
  bundled: boolean;
  /** Some bands are drawn on a canvas: only their strongest connections stand out. */
  dense: boolean;
  /** Why "+ layer" (or a layer's "+") would make the network too big to train here, or null. */
  capNote: string | null;
  addBlocked: boolean;
  /** The teacher locked layers and neurons. */
  locked: boolean;
  /** A weight has the keyboard's focus: its label, shown with the keys in place of the legend. */
  keysHint: string | null;
  onAddLayer: () => void;
  onRemoveLayer: () => void;
}

export function GraphToolbar({ keysHint, hidden, bundled, dense, capNote, addBlocked, locked, onAddLayer, onRemoveLayer }: GraphToolbarProps) {
  return (
    <div className="nn-graph__toolbar">
      <div className="nn-graph__layers" role="group" aria-label="Hidden layers">
        <button
          type="button"
          className="nn-btn"
          aria-label="Remove hidden layer"
          title={locked ? LOCKED_TITLE : 'Remove the last hidden layer'}
          disabled={locked || hidden <= LIMITS.hiddenLayers.min}
          onClick={onRemoveLayer}
        >
          − layer
        </button>
        <span className="nn-graph__count">{plural(hidden, 'hidden layer')}</span>
        <button
          type="button"
          className="nn-btn"
          aria-label="Add hidden layer"
          title={locked ? LOCKED_TITLE : addBlocked && capNote ? capNote : 'Add a hidden layer after the last one'}
          disabled={locked || hidden >= LIMITS.hiddenLayers.max || addBlocked}
          onClick={onAddLayer}
        >
          + layer
        </button>
      </div>
      {keysHint ? <WeightKeysHint label={keysHint} /> : <EdgeLegend bundled={bundled} dense={dense} />}
      {capNote && (
        <p className="nn-graph__cap" role="status" data-testid="param-cap">
          {capNote}
        </p>
      )}
    </div>
  );
}

function EdgeLegend({ bundled, dense }: { bundled: boolean; dense: boolean }) {
  const note = [bundled ? 'inputs: one bundle per neuron' : '', dense ? `wide layers: the ${STRONG_EDGES} strongest drawn, the rest faint` : ''].filter(Boolean).join(' · ');
  return (
    <div className="nn-legend" aria-hidden="true">
      <svg width="22" height="10">
        <line x1="1" y1="5" x2="21" y2="5" stroke={divergingColor(-1, 1)} strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span>negative</span>
      <svg width="22" height="10">
        <line x1="1" y1="5" x2="21" y2="5" stroke={divergingColor(1, 1)} strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span>positive weight</span>
      <span className="nn-legend__note">{note ? `thicker = larger · ${note}` : 'thicker = larger · click a line to edit'}</span>
    </div>
  );
}
