// An axis as d3-axis draws one (domain line, tick marks, labels), written by React:
// React owns the DOM, and the page needs neither d3-selection nor d3-axis to draw it.

export interface AxisProps {
  orient: 'left' | 'bottom';
  /** The axis' scale: a value to its pixel. */
  scale: { (value: number): number; range(): number[] };
  /** The values to label. */
  ticks: readonly number[];
  format(value: number): string;
  /** d3's tickSizeOuter: how far the domain line's ends turn out. */
  outer?: number;
  transform?: string;
}

const TICK_SIZE = 6;
const TICK_PADDING = 3;

export function Axis({ orient, scale, ticks, format, outer = 0, transform }: AxisProps) {
  // As d3: on a screen of one device pixel per CSS pixel, half a pixel keeps one-pixel lines crisp.
  const offset = typeof window !== 'undefined' && window.devicePixelRatio > 1 ? 0 : 0.5;
  const range = scale.range();
  const r0 = range[0] + offset;
  const r1 = range[range.length - 1] + offset;
  const left = orient === 'left';
  const spacing = TICK_SIZE + TICK_PADDING;
  return (
    <g className="axis" transform={transform} fill="none" fontSize={10} fontFamily="sans-serif" textAnchor={left ? 'end' : 'middle'} aria-hidden="true">
      <path className="domain" stroke="currentColor" d={left ? `M${-outer},${r0}H${offset}V${r1}H${-outer}` : `M${r0},${outer}V${offset}H${r1}V${outer}`} />
      {ticks.map((value) => {
        const at = scale(value) + offset;
        return (
          <g key={value} className="tick" transform={left ? `translate(0,${at})` : `translate(${at},0)`}>
            {left ? <line stroke="currentColor" x2={-TICK_SIZE} /> : <line stroke="currentColor" y2={TICK_SIZE} />}
            {left ? (
              <text fill="currentColor" x={-spacing} dy="0.32em">
                {format(value)}
              </text>
            ) : (
              <text fill="currentColor" y={spacing} dy="0.71em">
                {format(value)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
