// The network drawn as a graph: input features, hidden layers and the output, left to right.
// Each neuron shows what it computes over the plane; each connection is coloured by the sign of its
// weight and as thick as its size. Learners add and remove layers and neurons, pick activations,
// switch features, and type in any weight or bias.
//
// React owns every element. Per frame only the connection colours and widths, the bias colours and the
// neuron canvases change: geometry is memoised on the shape and the size of the panel, hovering is one
// delegated handler on the stage (no per-element listeners), and the tooltip is a single element.

import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ModelSpec } from '../../engine/types.ts';
import { LIMITS } from '../../setup/limits.ts';
import { addLayerBlock, resizeBlock } from './capacity.ts';
import { BundleLayer, EdgeLayer, EmphasisEdges } from './EdgeLayer.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';
import type { NetworkGraphProps } from './graphTypes.ts';
import { paintNeuronMaps, paintNeuronValues, PICTURE_MIN_NODE } from './heatmaps.ts';
import { hitKey, targetOf } from './hits.ts';
import { FeatureButton, inputNote, TableInputColumn } from './InputColumn.tsx';
import { editorLabel, featureLabels, outputReason } from './labels.ts';
import { EdgeCanvas, HoverCard, ParamEditor, prefetchGraphParts } from './lazyParts.tsx';
import { LayerHead } from './LayerHead.tsx';
import { computeLayout, minimumSize } from './layout.ts';
import { EmphasisNodes, NodeLayer } from './NodeLayer.tsx';
import { paramIndex, paramOffsets } from './params.ts';
import { useGraphPointer } from './useGraphPointer.ts';
import { useThrottled } from './useThrottled.ts';
import { useViewportSize } from './useViewportSize.ts';
import { clampCursor, cursorLabel, cursorPoint, moveCursor, WeightKeys, type WeightCursor } from './WeightKeys.tsx';
import './network.css';

export type { GraphTableInputs, NetworkGraphProps } from './graphTypes.ts';

function totalUnitsOf(spec: ModelSpec): number {
  return spec.layers.reduce((n, l) => n + l.units, 0);
}

export function NetworkGraph(props: NetworkGraphProps) {
  const { spec, activeFeatures, params, neuronGrids, neuronGridSize, task, highlight, tableInputs = null, activations = null } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const mapsRef = useRef<HTMLCanvasElement>(null);
  const size = useViewportSize(viewportRef);

  // The shape, as a string, so a new but equal spec object from the parent keeps every memo.
  const image = tableInputs?.image ?? null;
  const inputsKey = tableInputs ? `t:${tableInputs.names.join('\u0001')}:${image ? `${image.rows}x${image.cols}` : ''}` : activeFeatures.join(',');
  const shapeKey = `${inputsKey}|${spec.layers.map((l) => l.units).join(',')}`;
  const activationKey = spec.layers.map((l) => l.activation).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: shapeKey and activationKey stand for everything read here
  const shape = useMemo(() => {
    const labels = tableInputs ? [...tableInputs.names] : featureLabels(activeFeatures);
    return {
      features: tableInputs ? [] : [...activeFeatures],
      table: tableInputs ? { names: [...tableInputs.names], image: image !== null } : null,
      labels,
      spec: { inputs: labels.length, layers: spec.layers.map((l) => ({ ...l })) },
    };
  }, [shapeKey, activationKey]);
  const layout = useMemo(() => computeLayout(shape.spec, shape.features, size.width, size.height, shape.table), [shape, size.width, size.height]);
  // The viewport never shrinks below the smallest stage that shows every neuron: the panel around it
  // then asks its grid row for that room (styles.css) instead of hiding the bottom neurons in a scroll.
  const minHeight = useMemo(() => minimumSize(shape.spec, shape.table).height, [shape]);
  const offsets = useMemo(
    () =>
      paramOffsets(
        shape.spec.inputs,
        shape.spec.layers.map((l) => l.units),
      ),
    [shape],
  );
  const bundled = layout.bands[0]?.bundled ?? false;

  const validParams = params && params.length === offsets.total ? params : null;
  // Big networks redraw their connections a few times a second rather than every frame: thousands of
  // paths cost far more to repaint than the neuron canvases, and weights move slowly anyway.
  const edgeCount = offsets.total - totalUnitsOf(shape.spec);
  const throttled = useThrottled(validParams, edgeCount > 300 ? Math.min(edgeCount > 20_000 ? 250 : 100, edgeCount / 20) : 0);
  const drawnParams = throttled && throttled.length === offsets.total ? throttled : validParams;
  const totalUnits = totalUnitsOf(shape.spec);
  const validGrids = neuronGrids && neuronGridSize > 0 && neuronGrids.length === totalUnits * neuronGridSize * neuronGridSize ? neuronGrids : null;

  useEffect(prefetchGraphParts, []);

  // Paint every neuron's heatmap into one canvas when the grids change (or the layout does). A table has
  // no plane: its neurons show their output for the followed sample, or (images) their weights as pictures.
  const validActivations = activations && activations.length === shape.spec.layers.length ? activations : null;
  const pictureParams = image && layout.layers[0] && layout.layers[0].size >= PICTURE_MIN_NODE ? drawnParams : null;
  useEffect(() => {
    const canvas = mapsRef.current;
    if (!canvas) return;
    if (!shape.table) {
      paintNeuronMaps(canvas, layout, shape.spec, validGrids, neuronGridSize);
      return;
    }
    const firstLayer = pictureParams && image ? { kernel: pictureParams, offset: offsets.layers[0].kernel, rows: image.rows, cols: image.cols } : null;
    paintNeuronValues(canvas, layout, shape.spec, { activations: validActivations, firstLayer });
  }, [validGrids, neuronGridSize, shape, layout, validActivations, pictureParams, image, offsets]);

  const paramValue = (layer: number, unit: number, input: number): number => (validParams ? validParams[paramIndex(offsets.layers[layer], unit, input)] : NaN);
  const { hover, editor, openEditor, closeEditor, handlers } = useGraphPointer({
    stageRef,
    layout,
    shape,
    paramValue,
    onHover: props.onHover,
    onNeuronClick: (layer, unit) => {
      const pinned = props.pinnedNeuron;
      props.onPinNeuron?.(pinned && pinned.layer === layer && pinned.unit === unit ? null : { layer, unit });
    },
    onEscape: props.pinnedNeuron ? () => props.onPinNeuron?.(null) : undefined,
  });

  // The keyboard's cursor on the connections, kept inside the shape as layers and neurons come and go.
  const [rawCursor, setCursor] = useState<WeightCursor>({ layer: 0, input: 0, unit: 0 });
  const [cursorFocused, setCursorFocused] = useState(false);
  const cursor = clampCursor(rawCursor, shape.spec);
  const cursorTarget = { layer: cursor.layer, unit: cursor.unit, input: cursor.input };

  const keysLabel = cursorLabel(cursor, shape.spec, shape.labels, paramValue(cursor.layer, cursor.unit, cursor.input));

  const hovered = hover ? targetOf(hover.hit, shape.features) : null;
  const emphasis = editor ? targetOf(editor.hit, shape.features) : cursorFocused ? cursorTarget : (hovered ?? highlight ?? null);
  const featureEmphasis =
    emphasis && emphasis.layer === 0 && emphasis.input !== undefined && emphasis.input >= 0
      ? shape.features[emphasis.input]
      : hover?.hit.kind === 'feature'
        ? hover.hit.name
        : null;
  const inputEmphasis = emphasis && emphasis.layer === 0 && emphasis.unit === undefined && emphasis.input !== undefined ? emphasis.input : -1;
  const maxUnits = props.maxUnits ?? LIMITS.units.max;
  const hidden = shape.spec.layers.length - 1;
  const output = shape.spec.layers[hidden];
  const reason = outputReason(task, output.units, output.activation);
  // The parameter cap, said where the learner would act: the toolbar names the first "+" it disables.
  const resizeBlockOf = useCallback((layer: number, size: number) => resizeBlock(shape.spec, layer, size), [shape]);
  const addBlock = hidden < LIMITS.hiddenLayers.max ? addLayerBlock(shape.spec) : null;
  const capNote =
    addBlock ??
    shape.spec.layers
      .slice(0, hidden)
      .map((l, i) => (l.units < maxUnits ? resizeBlock(shape.spec, i, l.units + 1) : null))
      .find((b) => b !== null) ??
    null;

  return (
    <div className="nn-graph" data-testid="network-graph">
      <GraphToolbar
        keysHint={cursorFocused && !editor ? keysLabel : null}
        hidden={hidden}
        bundled={bundled}
        dense={layout.bands.some((b) => b.dense)}
        capNote={capNote}
        addBlocked={addBlock !== null}
        locked={props.locked?.layers ?? false}
        onAddLayer={props.onAddLayer}
        onRemoveLayer={props.onRemoveLayer}
      />
      <div className="nn-graph__viewport" ref={viewportRef} style={{ minHeight }}>
        <div className="nn-graph__stage" ref={stageRef} style={{ width: layout.width, height: layout.height }} {...handlers}>
          {layout.bands.some((b) => b.dense) && (
            <Suspense fallback={null}>
              <EdgeCanvas layout={layout} offsets={offsets.layers} params={validParams} dimmed={emphasis !== null} />
            </Suspense>
          )}
          <svg className="nn-graph__svg" width={layout.width} height={layout.height} aria-hidden="true">
            <g className={emphasis ? 'nn-edges is-dimmed' : 'nn-edges'}>
              <EdgeLayer layout={layout} offsets={offsets.layers} params={drawnParams} />
              {bundled && <BundleLayer layout={layout} offsets={offsets.layers[0]} params={drawnParams} />}
            </g>
            {emphasis && <EmphasisEdges layout={layout} offsets={offsets.layers} params={validParams} target={emphasis} />}
          </svg>
          <canvas ref={mapsRef} className="nn-graph__maps" data-testid="neuron-maps" style={{ width: layout.width, height: layout.height }} aria-hidden="true" />

          <div className={layout.compact ? 'nn-head nn-head--input is-compact' : 'nn-head nn-head--input'} style={{ left: layout.inputHead.left, width: layout.inputHead.width }}>
            <span className="nn-head__title">Inputs</span>
            <span className="nn-head__note">{inputNote(shape.labels.length, image, tableInputs)}</span>
          </div>
          {shape.spec.layers.slice(0, hidden).map((layer, i) => (
            <LayerHead
              key={i}
              index={i}
              units={layer.units}
              activation={layer.activation}
              left={layout.layers[i].headLeft}
              width={layout.layers[i].headWidth}
              compact={layout.compact}
              maxUnits={maxUnits}
              onUnitsChange={props.onUnitsChange}
              onUnitsSet={props.onUnitsSet}
              onActivationChange={props.onActivationChange}
              blockOf={resizeBlockOf}
              locked={props.locked}
            />
          ))}
          <div
            className={layout.compact ? 'nn-head nn-head--output is-compact' : 'nn-head nn-head--output'}
            style={{ left: layout.layers[hidden].headLeft, width: layout.layers[hidden].headWidth }}
            title={reason.explanation}
          >
            <span className="nn-head__title">Output</span>
            <span className="nn-head__why">
              <span className="nn-nowrap">{reason.activation} ·</span> <span className="nn-nowrap">{reason.reason}</span>
            </span>
          </div>

          {layout.features.map((slot) => (
            <FeatureButton
              key={slot.name}
              slot={slot}
              on={slot.input >= 0}
              onlyOne={activeFeatures.length <= 1}
              locked={props.locked?.features ?? false}
              emphasised={featureEmphasis === slot.name}
              onToggle={props.onToggleFeature}
            />
          ))}
          {layout.table && (
            <TableInputColumn table={layout.table} image={image} values={tableInputs?.values ?? null} caption={tableInputs?.caption ?? ''} emphasised={inputEmphasis} />
          )}

          {/* After the controls in the DOM, so Tab reaches layer controls and features before the bias markers. */}
          <svg className="nn-graph__svg nn-graph__svg--nodes" width={layout.width} height={layout.height} role="group" aria-label="Neurons">
            <NodeLayer layout={layout} spec={shape.spec} offsets={offsets.layers} params={drawnParams} />
            {emphasis && <EmphasisNodes layout={layout} target={emphasis} />}
          </svg>
          <WeightKeys
            cursor={cursor}
            label={keysLabel}
            layout={layout}
            onMove={(key) => {
              const next = moveCursor(cursor, key, shape.spec);
              if (next) setCursor(next);
              return next !== null;
            }}
            onEdit={(opener) => {
              const p = cursorPoint(cursor, layout);
              openEditor({ kind: 'edge', layer: cursor.layer, input: cursor.input, unit: cursor.unit }, p.x, p.y, opener);
            }}
            onFocusChange={setCursorFocused}
          />
          <Suspense fallback={null}>
            {hover && !editor && (
              <HoverCard
                x={hover.x}
                y={hover.y}
                stageWidth={layout.width}
                hit={hover.hit}
                spec={shape.spec}
                features={shape.features}
                labels={shape.labels}
                value={paramValue}
                activeCount={activeFeatures.length}
                params={validParams}
                offsets={offsets.layers}
                activations={validActivations}
                tableInputs={tableInputs ?? null}
                pictures={pictureParams !== null}
              />
            )}
            {editor && (
              <ParamEditor
                key={hitKey(editor.hit)}
                label={editorLabel(editor.hit, shape.spec, shape.labels)}
                initial={editor.initial}
                x={editor.x}
                y={editor.y}
                stageWidth={layout.width}
                stageHeight={layout.height}
                onApply={(value) => {
                  const hit = editor.hit;
                  props.onEditParam(hit.layer, hit.unit, hit.kind === 'bias' ? -1 : hit.input, value);
                  closeEditor(true);
                }}
                onCancel={closeEditor}
              />
            )}
          </Suspense>
        </div>
      </div>
    </div>
  );
}
