// A d3 axis drawn into a <g> that React renders but never fills, so React and d3 never own the same nodes.

import { useEffect, useRef } from 'react';
import { select, type Axis as D3Axis, type NumberValue } from 'd3';

export function Axis({ axis, transform }: { axis: D3Axis<NumberValue>; transform?: string }) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    if (ref.current) select(ref.current).call(axis);
  }, [axis]);
  return <g ref={ref} className="axis" transform={transform} aria-hidden="true" />;
}
