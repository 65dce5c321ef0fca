// What the colours of the output plot mean, for the task at hand, and how the two kinds of points differ.

import { selectClasses, selectTask, useConfigStore } from '../../state/configStore.ts';
import { CLASS_COLORS, NEGATIVE, NEUTRAL, POSITIVE } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import { MarkerIcon } from './Marker.tsx';
import { pointShape } from './pointShape.ts';

const GRADIENT = `linear-gradient(to right, ${NEGATIVE}, ${NEUTRAL}, ${POSITIVE})`;

export function ColorLegend() {
  const task = useConfigStore(selectTask);
  const classes = useConfigStore(selectClasses);
  return (
    <div className="color-legend">
      {task === 'multiclass' ? (
        <ul className="class-swatches" aria-label="Class colours">
          {Array.from({ length: classes }, (_, c) => (
            <li key={c}>
              <MarkerIcon shape={pointShape(task, c)} fill={CLASS_COLORS[c % CLASS_COLORS.length]} />
              Class {c}
            </li>
          ))}
          <li className="muted">paler where the network is unsure</li>
        </ul>
      ) : (
        <div className="gradient-legend">
          {task === 'binary' && <MarkerIcon shape={pointShape(task, 0)} fill={NEGATIVE} />}
          <span className="tabular">{task === 'binary' ? '0' : '−1'}</span>
          <span className="gradient" style={{ background: GRADIENT }} />
          <span className="tabular">1</span>
          {task === 'binary' && <MarkerIcon shape={pointShape(task, 1)} fill={POSITIVE} />}
          <span className="muted">{task === 'binary' ? 'probability of class 1' : 'predicted value'}</span>
        </div>
      )}
      <ul className="point-key" aria-label="Point markers">
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4.5" fill="var(--text)" stroke={COLORS.panel} />
          </svg>
          training
        </li>
        <li>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="4" fill="none" stroke="var(--text)" strokeWidth="1.6" />
          </svg>
          validation
        </li>
      </ul>
    </div>
  );
}
