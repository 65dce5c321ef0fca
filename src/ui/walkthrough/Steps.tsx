// The body of each step, by kind: the arithmetic of one neuron, the softmax, the loss, a delta,
// the gradients and the update, written out with the trace's numbers (one file per part of the pass).

import { deltaView, lossView, neuronView } from './viewModel.ts';
import type { Step } from './steps.ts';
import type { Ready } from './useWalkthrough.ts';
import { InputStep, TableInputStep, tableInputSource } from './InputSteps.tsx';
import { NeuronStep, SoftmaxStep } from './NeuronSteps.tsx';
import { LossStep } from './LossStep.tsx';
import { OutputDeltaStep, HiddenDeltaStep } from './DeltaSteps.tsx';
import { GradientStep, UpdateStep, ApplyStep } from './UpdateSteps.tsx';

export function StepBody({ step, data }: { step: Step; data: Ready }) {
  switch (step.kind) {
    case 'input':
      return data.table ? <TableInputStep data={data} /> : <InputStep data={data} />;
    case 'neuron':
      return (
        <NeuronStep
          view={neuronView(data.trace, data.spec, data.featureLabels, step.layer, step.unit)}
          spec={data.spec}
          source={step.layer === 0 ? tableInputSource(data) : null}
        />
      );
    case 'softmax':
      return <SoftmaxStep trace={data.trace} layer={step.layer} names={data.classNames} />;
    case 'loss':
      return <LossStep view={lossView(data.trace, data.task)} names={data.classNames} targetScale={data.table?.targetScale ?? null} />;
    case 'delta': {
      const view = deltaView(data.trace, data.spec, step.layer, step.unit);
      return view.kind === 'output' ? <OutputDeltaStep view={view} /> : <HiddenDeltaStep view={view} spec={data.spec} />;
    }
    case 'gradient':
      return <GradientStep data={data} layer={step.layer} unit={step.unit} />;
    case 'update':
      return <UpdateStep data={data} layer={step.layer} unit={step.unit} />;
    case 'apply':
      return <ApplyStep data={data} />;
  }
}
