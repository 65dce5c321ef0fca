// A thin vertical line on the learning curves at each epoch where the network or its training was
// edited, labelled with what changed, so a bend in the curve can be read against its cause.

import type { ScaleContinuousNumeric } from 'd3';
import { selectMarks, useTrainingStore } from '../../state/trainingStore.ts';

/** Longer labels are cut short on the chart; the full text is in the line's tooltip. */
const MAX_LABEL = 34;

export function EditMarks({ x, height }: { x: ScaleContinuousNumeric<number, number>; height: number }) {
  const marks = useTrainingStore(selectMarks);
  const [first, last] = x.domain();
  const right = x.range()[1];
  return (
    <g className="edit-marks">
      {marks
        .filter((m) => m.epoch >= first && m.epoch <= last)
        .map((m) => {
          const cx = x(m.epoch);
          const label = m.label.length > MAX_LABEL ? `${m.label.slice(0, MAX_LABEL - 1)}…` : m.label;
          // Near the right edge the label goes to the left of its line.
          const flip = cx > right * 0.6;
          return (
            <g key={`${m.epoch}:${m.label}`} data-testid="edit-mark">
              <title>{`Epoch ${m.epoch}: ${m.label}`}</title>
              <line className="edit-mark" x1={cx} x2={cx} y1={0} y2={height} />
              <text className="edit-mark-label" x={flip ? cx - 4 : cx + 4} y={10} textAnchor={flip ? 'end' : 'start'}>
                {label}
              </text>
            </g>
          );
        })}
    </g>
  );
}
