// The walkthrough shows the engine's numbers: each display row is held to model.trace on the same weights.
import { describe, expect, it } from 'vitest';
import { createModel, createRng, type ActivationName, type LossName, type Model, type Trace } from '../../engine/index.ts';
import { formatNumber } from '../format.ts';
import { deltaView, gradientView, lossView, MAX_TERMS, neuronView, softmaxView, updateView } from './viewModel.ts';
import { stepTarget, stepsOf } from './steps.ts';

interface Net {
  inputs: number;
  layers: { units: number; activation: ActivationName }[];
  loss: LossName;
  optimizer: 'sgd' | 'adam' | 'rmsprop';
  task: 'binary' | 'multiclass' | 'regression';
}

const NETS: Net[] = [
  {
    inputs: 2,
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 2, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_crossentropy',
    optimizer: 'sgd',
    task: 'binary',
  },
  {
    inputs: 3,
    layers: [
      { units: 5, activation: 'elu' },
      { units: 3, activation: 'softmax' },
    ],
    loss: 'categorical_crossentropy',
    optimizer: 'adam',
    task: 'multiclass',
  },
  {
    inputs: 2,
    layers: [
      { units: 3, activation: 'softplus' },
      { units: 3, activation: 'softmax' },
    ],
    loss: 'mse',
    optimizer: 'rmsprop',
    task: 'multiclass',
  },
  // Wide: 7 inputs into 12 leaky ReLUs into 16 sigmoids: the views show the largest terms and sum the rest.
  {
    inputs: 7,
    layers: [
      { units: 12, activation: 'leaky_relu' },
      { units: 16, activation: 'sigmoid' },
      { units: 1, activation: 'linear' },
    ],
    loss: 'mse',
    optimizer: 'sgd',
    task: 'regression',
  },
];

function setup(net: Net): { model: Model; trace: Trace; labels: string[] } {
  const model = createModel({ inputs: net.inputs, layers: net.layers }, { seed: 7 });
  model.compile({ optimizer: net.optimizer, learningRate: 0.05, momentum: net.optimizer === 'sgd' ? 0.5 : 0, loss: net.loss, l2: 0.01 });
  const rng = createRng(3);
  const x = Array.from({ length: net.inputs }, () => rng.uniform(-2, 2));
  const k = net.layers.at(-1)!.units;
  const y = net.task === 'multiclass' ? Array.from({ length: k }, (_, j) => (j === 1 ? 1 : 0)) : net.task === 'binary' ? [1] : [0.3];
  model.trainOnBatch([x], [y]); // momentum and moments that the update preview must respect
  const labels = Array.from({ length: net.inputs }, (_, i) => `f${i}`);
  return { model, trace: model.trace(x, y), labels };
}

describe('walkthrough rows are the trace’s numbers', () => {
  for (const net of NETS) {
    const name = `${net.inputs} → ${net.layers.map((l) => `${l.units} ${l.activation}`).join(' → ')}, ${net.loss}, ${net.optimizer}`;
    it(name, () => {
      const { model, trace, labels } = setup(net);
      const spec = model.spec;
      spec.layers.forEach((layer, l) => {
        const lt = trace.forward.layers[l];
        for (let j = 0; j < layer.units; j++) {
          const n = lt.neurons[j];
          const v = neuronView(trace, spec, labels, l, j);
          expect(v.z).toBe(n.z);
          expect(v.a).toBe(n.a);
          expect(v.bias).toBe(n.bias);
          for (const t of v.terms) {
            expect(t.w).toBe(n.weights[t.input]);
            expect(t.x).toBe(n.inputs[t.input]);
            expect(t.term).toBe(n.terms[t.input]);
          }
          // Shown terms plus the summed rest plus the bias make z.
          const shown = v.terms.reduce((s, t) => s + t.term, 0);
          expect(shown + (v.rest?.sum ?? 0) + v.bias).toBeCloseTo(n.z, 12);
          expect(v.terms.length + (v.rest?.count ?? 0)).toBe(n.inputs.length);
          expect(v.terms.length).toBeLessThanOrEqual(MAX_TERMS);
          if (v.rest) {
            // The terms left out are never larger than the ones shown.
            const smallestShown = Math.min(...v.terms.map((t) => Math.abs(t.term)));
            const hidden = n.terms.filter((_, i) => !v.terms.some((t) => t.input === i));
            expect(Math.max(...hidden.map(Math.abs))).toBeLessThanOrEqual(smallestShown);
          }

          const back = trace.backward!.layers.find((b) => b.layer === l)!;
          const d = deltaView(trace, spec, l, j);
          expect(d.delta).toBe(back.delta[j]);
          expect(d.outputGrad).toBe(back.outputGrad[j]);
          expect(d.slope).toBe(back.slope[j]);
          if (d.kind === 'hidden') {
            const above = trace.forward.layers[l + 1];
            const aboveBack = trace.backward!.layers.find((b) => b.layer === l + 1)!;
            for (const t of d.terms) {
              expect(t.w).toBe(above.neurons[t.unit].weights[j]);
              expect(t.delta).toBe(aboveBack.delta[t.unit]);
            }
            expect(d.terms.reduce((s, t) => s + t.product, 0) + (d.rest?.sum ?? 0)).toBeCloseTo(d.outputGrad, 12);
          } else {
            expect(d.a).toBe(n.a);
            expect(d.y).toBe(trace.backward!.target[j]);
          }

          const g = gradientView(trace, labels, l, j);
          expect(g.delta).toBe(back.delta[j]);
          expect(g.biasGrad).toBe(back.biasGrad[j]);
          for (const r of g.rows) {
            expect(r.grad).toBe(back.kernelGrad[r.input][j]);
            expect(r.x).toBe(n.inputs[r.input]);
            // The L2 share of the gradient is 2 · 0.01 · w.
            expect(r.penalty).toBeCloseTo(2 * 0.01 * n.weights[r.input], 12);
          }
          expect(g.rows.length + g.more).toBe(n.inputs.length);

          const u = updateView(trace, net.optimizer, l, j);
          for (const r of u.rows) {
            if (r.input < 0) {
              expect(r.value).toBe(n.bias);
              expect(r.next).toBe(back.newBias[j]);
              expect(r.grad).toBe(back.biasGrad[j]);
            } else {
              expect(r.value).toBe(n.weights[r.input]);
              expect(r.next).toBe(back.newKernel[r.input][j]);
              expect(r.grad).toBe(back.kernelGrad[r.input][j]);
            }
          }
        }
        if (layer.activation === 'softmax') {
          const sm = softmaxView(trace, l);
          sm.rows.forEach((r, j) => {
            expect(r.z).toBe(lt.neurons[j].z);
            expect(r.exp).toBe(lt.softmax!.exps[j]);
            expect(r.share).toBe(lt.neurons[j].a);
          });
          expect(sm.sum).toBe(lt.softmax!.sum);
        }
      });
      const loss = lossView(trace, net.task);
      expect(loss.value).toBe(trace.backward!.value);
      expect(loss.sse).toBe(trace.backward!.sse);
      expect(loss.rows.map((r) => r.a)).toEqual(trace.forward.output);
    });
  }

  it('SGD without momentum: the update is w − η·g, exactly as written on screen', () => {
    const model = createModel({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    model.compile({ optimizer: 'sgd', learningRate: 0.1, loss: 'binary_crossentropy' });
    model.setWeights([[[1.45], [-0.66]], [0]]);
    const trace = model.trace([2, 1.5], [0]);
    const u = updateView(trace, 'sgd', 0, 0);
    for (const r of u.rows) expect(r.next).toBe(r.value - 0.1 * r.grad);
    // And the output delta of sigmoid with binary cross-entropy is a − y.
    const d = deltaView(trace, model.spec, 0, 0);
    expect(d.kind === 'output' && d.rule).toBe('bce-sigmoid');
    expect(d.delta).toBe(trace.forward.output[0] - 0);
    expect(formatNumber(trace.forward.output[0], 7)).toBe('0.8710191');
  });

  it('steps: forward neuron by neuron, a softmax step, the loss, then deltas, gradients and updates back', () => {
    const spec = {
      inputs: 2,
      layers: [
        { units: 2, activation: 'tanh' as const },
        { units: 3, activation: 'softmax' as const },
      ],
    };
    const steps = stepsOf(spec);
    expect(steps.map((s) => s.kind)).toEqual([
      'input',
      'neuron',
      'neuron',
      'neuron',
      'neuron',
      'neuron',
      'softmax',
      'loss',
      'delta',
      'delta',
      'delta',
      'delta',
      'delta',
      'gradient',
      'update',
      'gradient',
      'update',
      'gradient',
      'update',
      'gradient',
      'update',
      'gradient',
      'update',
      'apply',
    ]);
    expect(stepTarget(steps[1], spec)).toEqual({ layer: 0, unit: 0, edges: 'in' });
    // A hidden neuron's delta comes back through its outgoing connections.
    const hiddenDelta = steps.find((s) => s.kind === 'delta' && s.layer === 0)!;
    expect(stepTarget(hiddenDelta, spec)).toEqual({ layer: 0, unit: 0, edges: 'out' });
  });
});

describe('numbers at a chosen precision', () => {
  it('rounds, drops trailing zeros, writes a real minus and never −0', () => {
    expect(formatNumber(4.1259999999999994, 4)).toBe('4.126');
    expect(formatNumber(2.1672, 4)).toBe('2.1672');
    expect(formatNumber(5, 4)).toBe('5');
    expect(formatNumber(-12, 4)).toBe('−12');
    expect(formatNumber(0.7985731042296965, 7)).toBe('0.7985731');
    expect(formatNumber(0.7985731042296965, 2)).toBe('0.8');
    expect(formatNumber(-0.00001, 2)).toBe('−1e−5');
    expect(formatNumber(-0, 4)).toBe('0');
    expect(formatNumber(1.2345e-9, 4)).toBe('1.235e−9');
  });
});
