// The colour scale of the weight views, from −range to +range.

import { useId } from 'react';
import { divergingColor } from '../colors.ts';
import { COLORS } from '../tokens.ts';
import { formatShort } from './labels.ts';

const LEGEND_STOPS = Array.from({ length: 11 }, (_, i) => -1 + i / 5);

export function Legend({ range, width }: { range: number; width: number }) {
  const id = useId();
  return (
    <div className="nn-matrix__legend" aria-hidden="true">
      <span>{formatShort(-range)}</span>
      <svg width={width} height={12}>
        <defs>
          <linearGradient id={id} x1="0" x2="1" y1="0" y2="0">
            {LEGEND_STOPS.map((v, i) => (
              <stop key={i} offset={`${i * 10}%`} stopColor={divergingColor(v, 1)} />
            ))}
          </linearGradient>
        </defs>
        <rect x={0.5} y={0.5} width={width - 1} height={11} rx={2} fill={`url(#${id})`} stroke={COLORS['border-strong']} />
        <line x1={width / 2} x2={width / 2} y1={0} y2={12} stroke={COLORS.faint} strokeWidth={1} />
      </svg>
      <span>{formatShort(range)}</span>
    </div>
  );
}
