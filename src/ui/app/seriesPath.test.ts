import { describe, expect, it } from 'vitest';
import { line, scaleLinear, scaleLog } from 'd3';
import type { EpochLog } from '../../engine/index.ts';
import { seriesPath } from './seriesPath.ts';

const row = (epoch: number, loss: number): EpochLog => ({ epoch, loss, val_loss: loss * 1.1, accuracy: 0.5, val_accuracy: 0.5, penalty: 0 });

const d3Path = (rows: EpochLog[], x: ReturnType<typeof scaleLinear<number, number>>, y: ReturnType<typeof scaleLinear<number, number>>) =>
  line<EpochLog>()
    .defined((r) => Number.isFinite(y(r.loss)))
    .x((r) => x(r.epoch))
    .y((r) => y(r.loss))(rows);

describe('seriesPath', () => {
  const x = scaleLinear().domain([1, 40]).range([0, 517.3]);
  const y = scaleLinear().domain([0, 0.9]).range([141.7, 0]);

  it('builds the very string d3 line() builds', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(i + 1, 0.8 * Math.exp(-i / 7) + 0.013 * Math.sin(i)));
    expect(seriesPath(rows, x, y, 'loss')).toBe(d3Path(rows, x, y));
  });

  it('breaks the line where a value is not finite and closes a lone point, as d3 does', () => {
    const values = [0.5, NaN, 0.4, 0.3, Infinity, 0.2, NaN, NaN, 0.1];
    const rows = values.map((v, i) => row(i + 1, v));
    const path = seriesPath(rows, x, y, 'loss');
    expect(path).toBe(d3Path(rows, x, y));
    expect(path?.match(/M/g)).toHaveLength(4);
    expect(path?.match(/Z/g)).toHaveLength(3);
  });

  it('gives null, as d3 does, when nothing can be drawn', () => {
    expect(seriesPath([], x, y, 'loss')).toBeNull();
    expect(seriesPath([row(1, NaN)], x, y, 'loss')).toBe(d3Path([row(1, NaN)], x, y));
  });

  it('leaves out what a log scale cannot place', () => {
    const log = scaleLog().domain([0.01, 1]).range([100, 0]);
    const rows = [row(1, 0.5), row(2, 0), row(3, 0.2), row(4, 0.1)];
    const expected = line<EpochLog>()
      .defined((r) => Number.isFinite(log(r.loss)))
      .x((r) => x(r.epoch))
      .y((r) => log(r.loss))(rows);
    expect(seriesPath(rows, x, log, 'loss')).toBe(expected);
  });
});
