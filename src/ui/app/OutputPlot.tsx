// The network's answer over the whole input plane, with the data on top: the picture learners watch.
// The heatmap is a canvas (one pixel per grid cell, scaled smoothly by CSS); axes and points are SVG.

import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { DOMAIN } from '../../engine/datasets/names.ts';
import { selectData, selectNeuronGrids, selectOutputGrid, useTrainingStore } from '../../state/trainingStore.ts';
import { selectHardRegions, selectPickedSample, selectShowValidation, selectWalkthrough, useViewStore, type PickedSample } from '../../state/viewStore.ts';
import { selectTyped, useWalkthroughStore } from '../../state/walkthroughStore.ts';
import { Axis } from './Axis.tsx';
import { NeuronCaption, paintNeuron, useShownNeuron } from './NeuronView.tsx';
import { paintOutput } from './paintOutput.ts';
import { pointColor } from './pointColor.ts';
import { pointShape } from './pointShape.ts';
import { COLORS } from '../tokens.ts';
import { PLANE_TICKS, formatPlaneTick, planeScale } from './planeAxes.ts';
import { Marker } from './Marker.tsx';
import { useElementSize } from '../useElementSize.ts';

const MARGIN = { top: 6, right: 6, bottom: 34, left: 40 };

/**
 * Fills its box with the largest square plot that fits: CSS gives the box its size (a flexible
 * height on wide screens, a square on narrow ones) and the plot follows.
 */
export function OutputPlot({ onPickSample }: { onPickSample?(sample: PickedSample): void }) {
  const [ref, { width, height }] = useElementSize<HTMLDivElement>();
  const side = Math.max(0, Math.floor(Math.min(width - MARGIN.left - MARGIN.right, height - MARGIN.top - MARGIN.bottom)));
  const left = MARGIN.left + Math.max(0, Math.floor((width - MARGIN.left - MARGIN.right - side) / 2));
  const pick = onPickSample ?? useViewStore.getState().pickSample;

  return (
    <div ref={ref} className="output-plot" data-testid="output-plot">
      <HeatmapCanvas left={left} top={MARGIN.top} side={side} />
      {side > 0 && <NeuronCaption left={left} top={MARGIN.top} />}
      {side > 0 && (
        <svg width={width} height={height} role="img" aria-label="The network's prediction over the input plane, with the data points">
          <g transform={`translate(${left},${MARGIN.top})`}>
            <rect className="plot-frame" width={side} height={side} />
            <Axes side={side} />
            <PointsLayer side={side} onPick={pick} />
          </g>
        </svg>
      )}
    </div>
  );
}

/** The network's output, or (while a neuron is hovered or pinned in the graph) that neuron's map at full size. */
function HeatmapCanvas({ left, top, side }: { left: number; top: number; side: number }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const grid = useTrainingStore(selectOutputGrid);
  const hard = useViewStore(selectHardRegions);
  const neuron = useShownNeuron();
  const neuronGrids = useTrainingStore(selectNeuronGrids);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    if (neuron && neuronGrids && paintNeuron(canvas, neuron, neuronGrids)) return;
    const { outputGridSize, spec } = useTrainingStore.getState();
    const output = spec?.layers.at(-1);
    if (!grid || !output || outputGridSize === 0) return;
    paintOutput(canvas, grid, outputGridSize, output, hard);
  }, [grid, hard, neuron, neuronGrids]);
  return <canvas ref={canvasRef} className="heatmap" data-testid="output-heatmap" style={{ left, top, width: side, height: side }} aria-hidden="true" />;
}

function Axes({ side }: { side: number }) {
  const axes = useMemo(() => {
    const x = planeScale(side, false);
    const y = planeScale(side, true);
    return { x, y };
  }, [side]);
  return (
    <g className="axes" aria-hidden="true">
      <Axis orient="bottom" scale={axes.x} ticks={PLANE_TICKS} format={formatPlaneTick} transform={`translate(0,${side})`} />
      <Axis orient="left" scale={axes.y} ticks={PLANE_TICKS} format={formatPlaneTick} />
      <text className="axis-title" x={side / 2} y={side + 30} textAnchor="middle">
        x₁
      </text>
      <text className="axis-title" transform={`translate(${-30},${side / 2}) rotate(-90)`} textAnchor="middle">
        x₂
      </text>
    </g>
  );
}

/** Memoised on the side length: a new frame repaints the heatmap, not two thousand circles. */
const PointsLayer = memo(function PointsLayer({ side, onPick }: { side: number; onPick(sample: PickedSample): void }) {
  const data = useTrainingStore(selectData);
  const showValidation = useViewStore(selectShowValidation);
  const picked = useViewStore(selectPickedSample);
  const walkthrough = useViewStore(selectWalkthrough);
  const typed = useWalkthroughStore(selectTyped);
  if (!data) return null;
  const x = planeScale(side, false);
  const y = planeScale(side, true);

  const handleClick = (e: MouseEvent<SVGGElement>) => {
    const target = (e.target as Element).closest('[data-index]');
    if (!target) return;
    onPick({ set: target.getAttribute('data-set') as PickedSample['set'], index: Number(target.getAttribute('data-index')) });
  };

  // Classes: training points filled with a white rim, validation points hollow rings in the class colour.
  // Regression targets near 0 are near-white, so there every point is filled and the rim tells them apart:
  // faint for training, dark for validation (see .point.regression in styles.css).
  const regression = data.task === 'regression';
  const circles = (set: PickedSample['set'], xs: Float64Array, ys: Float64Array) =>
    Array.from(ys, (label, i) => {
      const color = pointColor(data.task, label);
      const train = set === 'train';
      return (
        <Marker
          shape={pointShape(data.task, label)}
          key={`${set}${i}`}
          className={`point ${train ? 'train' : 'validation'}${regression ? ' regression' : ''}`}
          cx={x(xs[2 * i])}
          cy={y(xs[2 * i + 1])}
          r={train ? 3.6 : 3.4}
          fill={train || regression ? color : 'none'}
          stroke={regression ? undefined : train ? COLORS.panel : color}
          data-set={set}
          data-index={i}
        />
      );
    });

  const pickedX = picked && (picked.set === 'train' ? data.trainX : data.validationX);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: points are picked with the pointer here; the walkthrough's sample bar is the keyboard's way to pick one
    <g className="points" onClick={handleClick}>
      {showValidation && circles('validation', data.validationX, data.validationY)}
      {circles('train', data.trainX, data.trainY)}
      {picked && pickedX && picked.index < pickedX.length / 2 && <circle className="picked" cx={x(pickedX[2 * picked.index])} cy={y(pickedX[2 * picked.index + 1])} r={8} />}
      {/* The walkthrough's typed sample, where it lies on the plane. */}
      {walkthrough && typed && Math.abs(typed.point[0]) <= DOMAIN && Math.abs(typed.point[1]) <= DOMAIN && (
        <g className="typed-point" transform={`translate(${x(typed.point[0])},${y(typed.point[1])})`} data-testid="typed-point">
          <circle r={8} />
          <path d="M-12,0H-5M5,0H12M0,-12V-5M0,5V12" />
        </g>
      )}
    </g>
  );
});
