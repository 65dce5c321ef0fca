// One data point's marker: a circle, or the path of its class's shape, with whatever SVG attributes
// the caller gives (class, fill, stroke, data-*), so the plot can swap <circle> for <Marker>.

import type { SVGProps } from 'react';
import { shapePath, type Shape } from './pointShape.ts';
import { COLORS } from '../tokens.ts';

type MarkerProps = { shape: Shape; cx: number; cy: number; r: number } & Omit<SVGProps<SVGPathElement> & SVGProps<SVGCircleElement>, 'cx' | 'cy' | 'r' | 'd' | 'ref'>;

export function Marker({ shape, cx, cy, r, ...rest }: MarkerProps) {
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={r} {...rest} />;
  return <path d={shapePath(shape, r)} transform={`translate(${cx},${cy})`} {...rest} />;
}

/** A marker in a legend, 14 px square. */
export function MarkerIcon({ shape, fill, stroke = COLORS.panel, strokeWidth = 1 }: { shape: Shape; fill: string; stroke?: string; strokeWidth?: number }) {
  return (
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <Marker shape={shape} cx={0} cy={0} r={5} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
    </svg>
  );
}
