// Above the graph: add or remove hidden layers, and the legend of what a connection's colour and width mean.

import { LIMITS } from '../../setup/limits.ts';
import { divergingColor } from '../colors.ts';
import { plural } from './labels.ts';

interface GraphToolbarProps {
  hidden: number;
  bundled: boolean;
  onAddLayer: () => void;
  onRemoveLayer: () => void;
}

export function GraphToolbar({ hidden, bundled, onAddLayer, onRemoveLayer }: GraphToolbarProps) {
  return (
    <div className="nn-graph__toolbar">
      <div className="nn-graph__layers" role="group" aria-label="Hidden layers">
        <button
          type="button"
          className="nn-btn"
          aria-label="Remove hidden layer"
          title="Remove the last hidden layer"
          disabled={hidden <= LIMITS.hiddenLayers.min}
          onClick={onRemoveLayer}
        >
          − layer
        </button>
        <span className="nn-graph__count">{plural(hidden, 'hidden layer')}</span>
        <button
          type="button"
          className="nn-btn"
          aria-label="Add hidden layer"
          title="Add a hidden layer after the last one"
          disabled={hidden >= LIMITS.hiddenLayers.max}
          onClick={onAddLayer}
        >
          + layer
        </button>
      </div>
      <EdgeLegend bundled={bundled} />
    </div>
  );
}

function EdgeLegend({ bundled }: { bundled: boolean }) {
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
      <span className="nn-legend__note">{bundled ? 'thicker = larger · inputs: one bundle per neuron' : 'thicker = larger · click a line to edit'}</span>
    </div>
  );
}
