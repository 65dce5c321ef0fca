// The learning curves themselves: loss per epoch, training against validation, with accuracy below on
// the same epoch axis. d3 computes scales and paths; React renders every node. Loaded with the first
// epoch (LossChart.tsx shows the empty chart until then), so the first screen needs none of it.

import { useMemo, useState, type PointerEvent } from 'react';
import { bisector, format, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { formatLogTick, linearTicks, logTicks } from './axisTicks.ts';
import type { EpochLog } from '../../engine/index.ts';
import { selectTask, useConfigStore } from '../../state/configStore.ts';
import { useHistory } from '../../state/trainingStore.ts';
import { selectLogScale, useViewStore } from '../../state/viewStore.ts';
import { Axis } from './Axis.tsx';
import { downsampleIndices } from './downsample.ts';
import { EditMarks } from './EditMarks.tsx';
import { seriesPath } from './seriesPath.ts';
import { formatAccuracy, formatLoss } from '../format.ts';

/** About one point per pixel of a wide chart. */
const MAX_POINTS = 600;
const MARGIN = { top: 8, right: 12, bottom: 26, left: 58 };
/** Share of the plot height that goes to loss when accuracy is shown below it. */
const LOSS_SHARE = 0.65;
/** Space between the loss and accuracy plots: the loss axis' 0 and accuracy's 100% are one label apart. */
const GAP = 16;
/** Below this the two plots' axis titles and ticks would run into each other. */
const MIN_HEIGHT_FOR_TWO = 120;

type Key = 'loss' | 'val_loss' | 'accuracy' | 'val_accuracy';
type Scale = ScaleContinuousNumeric<number, number>;

const LOSS_FORMAT = format('~g');
const ACCURACY_FORMAT = format('.0%');
const EPOCH_FORMAT = format('d');

const byEpoch = bisector((m: EpochLog) => m.epoch).center;

/** The chart box's size (CSS sets it); the plots fill it. */
export function Curves({ width, height }: { width: number; height: number }) {
  const log = useHistory();
  const { history } = log;
  const logScale = useViewStore(selectLogScale);
  const task = useConfigStore(selectTask);
  const [hovered, setHovered] = useState<number | null>(null);

  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotsHeight = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  // Too short for two readable plots (a small window): loss alone; the metrics beside still give accuracy.
  const withAccuracy = task !== 'regression' && plotsHeight >= MIN_HEIGHT_FOR_TWO;
  const lossHeight = withAccuracy ? Math.round((plotsHeight - GAP) * LOSS_SHARE) : plotsHeight;
  const accuracyTop = lossHeight + GAP;
  const accuracyHeight = Math.max(0, plotsHeight - accuracyTop);

  const drawn = useMemo(() => downsampleIndices(log.history.length, MAX_POINTS).map((i) => log.history[i]), [log]);

  const x = useMemo(() => {
    const first = log.history[0]?.epoch ?? 0;
    const last = log.history.at(-1)?.epoch ?? 1;
    return scaleLinear()
      .domain([first, Math.max(last, first + 1)])
      .range([0, innerWidth]);
  }, [log, innerWidth]);

  const yLoss = useMemo(() => lossScale(drawn, logScale, lossHeight), [drawn, logScale, lossHeight]);
  const yAccuracy = useMemo(() => scaleLinear().domain([0, 1]).range([accuracyHeight, 0]), [accuracyHeight]);

  const lossTicks = useMemo(() => {
    const [lo, hi] = yLoss.domain();
    return logScale ? logTicks(lo, hi, lossHeight) : linearTicks(yLoss, lossHeight, 5);
  }, [yLoss, logScale, lossHeight]);
  const accuracyTicks = useMemo(() => linearTicks(yAccuracy, accuracyHeight, 2), [yAccuracy, accuracyHeight]);

  const hoveredRow = hovered === null ? null : (history[hovered] ?? null);

  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    if (history.length === 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    setHovered(byEpoch(history, x.invert(e.clientX - box.left)));
  };

  return (
    <>
      {innerWidth > 0 && plotsHeight > 0 && (
        <svg width={width} height={height} role="img" aria-label={chartSummary(history, withAccuracy)}>
          <title>Point at the chart to read the values at an epoch</title>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <Plot
              rows={drawn}
              x={x}
              y={yLoss}
              keys={['loss', 'val_loss']}
              label="loss"
              yTicks={lossTicks}
              tickFormat={logScale ? formatLogTick : LOSS_FORMAT}
              showEpochs={!withAccuracy}
            />
            {withAccuracy && (
              <g transform={`translate(0,${accuracyTop})`}>
                <Plot rows={drawn} x={x} y={yAccuracy} keys={['accuracy', 'val_accuracy']} label="accuracy" yTicks={accuracyTicks} tickFormat={ACCURACY_FORMAT} showEpochs />
              </g>
            )}
            <EditMarks x={x} height={plotsHeight} />
            {hoveredRow && <HoverMarks row={hoveredRow} x={x} yLoss={yLoss} yAccuracy={withAccuracy ? yAccuracy : null} accuracyTop={accuracyTop} height={plotsHeight} />}
            <rect
              className="hover-target"
              width={innerWidth}
              height={plotsHeight}
              onPointerMove={onPointerMove}
              onPointerDown={onPointerMove}
              onPointerLeave={() => setHovered(null)}
            />
          </g>
        </svg>
      )}
      {hoveredRow && <Readout row={hoveredRow} left={MARGIN.left + x(hoveredRow.epoch)} flip={x(hoveredRow.epoch) > innerWidth / 2} withAccuracy={withAccuracy} />}
    </>
  );
}

/** The hovered epoch's values in a box beside the rule, on whichever side has room. */
function Readout({ row, left, flip, withAccuracy }: { row: EpochLog; left: number; flip: boolean; withAccuracy: boolean }) {
  return (
    <div className="readout" style={flip ? { right: `calc(100% - ${left - 10}px)` } : { left: left + 10 }}>
      <strong>Epoch {row.epoch}</strong>
      <table>
        <thead>
          <tr>
            <th />
            <th scope="col">train</th>
            <th scope="col">val</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">loss</th>
            <td>{formatLoss(row.loss)}</td>
            <td>{formatLoss(row.val_loss)}</td>
          </tr>
          {withAccuracy && (
            <tr>
              <th scope="row">accuracy</th>
              <td>{formatAccuracy(row.accuracy)}</td>
              <td>{formatAccuracy(row.val_accuracy)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Linear from zero, or logarithmic over the positive values; non-finite values (divergence) are left out. */
function lossScale(rows: EpochLog[], log: boolean, height: number): Scale {
  // One pass without an array of values: this runs on every frame while training.
  let min = Infinity;
  let max = -Infinity;
  const take = (v: number) => {
    if (!Number.isFinite(v) || (log && v <= 0)) return;
    if (v < min) min = v;
    if (v > max) max = v;
  };
  for (const r of rows) {
    take(r.loss);
    take(r.val_loss);
  }
  const any = max >= min;
  if (!any) max = 1;
  if (log) {
    if (!any) min = 0.01;
    return scaleLog()
      .domain([min, Math.max(max, min * 10)])
      .range([height, 0])
      .nice();
  }
  return scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([height, 0])
    .nice();
}

interface PlotProps {
  rows: EpochLog[];
  x: Scale;
  y: Scale;
  keys: [Key, Key];
  label: string;
  /** The labelled values of the y axis, chosen to fit its height (see axisTicks.ts). */
  yTicks: number[];
  tickFormat(value: number): string;
  /** Only the lowest plot labels the epoch axis; the one above shares it. */
  showEpochs: boolean;
}

function Plot({ rows, x, y, keys, label, yTicks, tickFormat, showEpochs }: PlotProps) {
  const [bottom, top] = y.range();
  const height = bottom - top;
  const epochTicks = useMemo(() => {
    const [first, last] = x.domain();
    const [left, right] = x.range();
    // An epoch label such as "12,000" needs about 60 px to stay clear of its neighbours.
    return x.ticks(Math.max(1, Math.min(6, Math.round(last - first), Math.floor((right - left) / 60))));
  }, [x]);
  const paths = keys.map((key) => seriesPath(rows, x, y, key));
  return (
    <g className="plot">
      <g className="grid" aria-hidden="true">
        {yTicks.map((t) => (
          <line key={t} x1={0} x2={x.range()[1]} y1={y(t)} y2={y(t)} />
        ))}
      </g>
      <Axis orient="left" scale={y} ticks={yTicks} format={tickFormat} />
      {showEpochs && <Axis orient="bottom" scale={x} ticks={epochTicks} format={EPOCH_FORMAT} transform={`translate(0,${height})`} />}
      {showEpochs && (
        <text className="axis-title epoch-title" x={-6} y={height + 22} textAnchor="end">
          epoch
        </text>
      )}
      {/* Left of the widest tick label ("100%"), so the two never touch. */}
      <text className="axis-title" transform={`translate(-46,${height / 2}) rotate(-90)`} textAnchor="middle">
        {label}
      </text>
      <path className="series train" d={paths[0] ?? undefined} />
      <path className="series validation" d={paths[1] ?? undefined} />
      {rows.length === 1 &&
        // One epoch is a point, not yet a line: show it as dots so the first step is visible.
        keys.map((key, i) =>
          Number.isFinite(y(rows[0][key])) ? (
            <circle key={key} className={`hover-dot ${i === 0 ? 'train' : 'validation'}`} cx={x(rows[0].epoch)} cy={y(rows[0][key])} r={3} />
          ) : null,
        )}
    </g>
  );
}

interface HoverMarksProps {
  row: EpochLog;
  x: Scale;
  yLoss: Scale;
  yAccuracy: Scale | null;
  accuracyTop: number;
  height: number;
}

/** The vertical rule and a dot on each line at the hovered epoch. */
function HoverMarks({ row, x, yLoss, yAccuracy, accuracyTop, height }: HoverMarksProps) {
  const cx = x(row.epoch);
  const dot = (value: number, y: Scale, offset: number, series: string) => {
    const cy = y(value);
    return Number.isFinite(value) && Number.isFinite(cy) ? <circle className={`hover-dot ${series}`} cx={cx} cy={cy + offset} r={3.5} /> : null;
  };
  return (
    <g className="hover-marks" aria-hidden="true">
      <line className="hover-rule" x1={cx} x2={cx} y1={0} y2={height} />
      {dot(row.loss, yLoss, 0, 'train')}
      {dot(row.val_loss, yLoss, 0, 'validation')}
      {yAccuracy && dot(row.accuracy, yAccuracy, accuracyTop, 'train')}
      {yAccuracy && dot(row.val_accuracy, yAccuracy, accuracyTop, 'validation')}
    </g>
  );
}

/** What the chart shows, in words, for screen readers. */
function chartSummary(history: EpochLog[], withAccuracy: boolean): string {
  const last = history.at(-1);
  if (!last) return 'No epochs yet';
  const accuracy = withAccuracy ? `, validation accuracy ${formatAccuracy(last.val_accuracy)}` : '';
  return `Learning curves over ${history.length} epochs; latest training loss ${formatLoss(last.loss)}, validation loss ${formatLoss(last.val_loss)}${accuracy}`;
}
