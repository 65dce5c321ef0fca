// The input plane's axes on the first screen: its domain is fixed, so positions are an affine map and
// d3-array picks the ticks. d3's scaleLinear would bring its colour interpolation and number formatting
// (about 9 kB gzip) to the first load for this one multiply; planeAxes.test.ts holds both to d3's scale.

import { tickStep, ticks } from 'd3';
import { DOMAIN } from '../../engine/datasets/names.ts';
import { formatNumber } from '../format.ts';

/** About this many labelled values per axis. */
const TICKS = 5;

/** The plane's domain [−DOMAIN, DOMAIN] onto `side` pixels; `flip` for y, which grows upwards. */
export function planeScale(side: number, flip: boolean) {
  const perUnit = side / (2 * DOMAIN);
  const at = flip ? (value: number) => side - (value + DOMAIN) * perUnit : (value: number) => (value + DOMAIN) * perUnit;
  return Object.assign(at, { range: () => (flip ? [side, 0] : [0, side]) });
}

/** The values to label: −6, −4, …, 6. */
export const PLANE_TICKS: readonly number[] = ticks(-DOMAIN, DOMAIN, TICKS);

/** As many decimals as the tick step needs, with a true minus sign. */
const DECIMALS = Math.max(0, -Math.floor(Math.log10(tickStep(-DOMAIN, DOMAIN, TICKS))));
export const formatPlaneTick = (value: number): string => formatNumber(value, DECIMALS);
