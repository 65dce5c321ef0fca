// What to tell a learner whose training is not learning (or blew up), and which one click would help:
// a typed weight that is far too large, or a learning rate too high for the optimizer, with a smaller
// rate that was tried on the starting weights and seen to work.
import { FEATURE_LABELS, type Dataset, type FeatureName, type Model, type ModelSpec, type OptimizerName } from '../engine/index.ts';
import { RANGES } from '../setup/limits.ts';
import { lossSample, probeRates, PROBE_BATCHES, type RateTrial } from './probe.ts';
import type { TrainingAdvice } from './protocol.ts';
import { detectStall, isHighRate } from './stall.ts';

/** A typed weight at least this large (or this many times the largest other) is the likely culprit. */
const LARGE_WEIGHT = 10;
const LARGE_RATIO = 20;
/** Epoch losses kept; older ones fold into their best, which is all the detector needs of them. */
const LOSSES_KEPT = 1000;

const OPTIMIZER_NAMES: Record<OptimizerName, string> = { sgd: 'SGD', adam: 'Adam', rmsprop: 'RMSprop' };

export interface TypedWeight {
  layer: number;
  unit: number;
  /** The input the weight comes from, or -1 for the bias. */
  input: number;
  value: number;
  previous: number;
  epoch: number;
}

export interface AdviceContext {
  spec: ModelSpec;
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  seed: number;
  /** The starting weights (what Reset gives) compiled with a given rate. */
  build: (rate: number) => Model;
  train: Dataset;
  /** What each input is called in the worker ('plane:x1', 'iris:petal length'). */
  inputNames: string[];
  now: () => number;
}

const round = (x: number) => Number(x.toPrecision(3));

export class TrainingAdvisor {
  private startLoss = NaN;
  private losses: number[] = [];
  private typed: TypedWeight | null = null;
  private spoke = false;
  private divergenceSeen = false;
  advice: TrainingAdvice | null = null;

  /** Training starts again at this rate from these weights (a reset, a new setup, a resumed run). */
  restart(model: Model, train: Dataset): void {
    const sample = lossSample(train);
    this.startLoss = model.evaluateBatch(sample.x, sample.y, sample.n).loss;
    this.losses = [];
    this.typed = null;
    this.spoke = false;
    this.divergenceSeen = false;
    this.advice = null;
  }

  /** A learner typed a weight; only one far larger than the rest is remembered. */
  weightTyped(t: TypedWeight, params: Float64Array): void {
    let others = 0;
    let skipped = false;
    for (const w of params) {
      if (!skipped && w === t.value) skipped = true;
      else if (Number.isFinite(w)) others = Math.max(others, Math.abs(w));
    }
    const size = Math.abs(t.value);
    const large = size > LARGE_WEIGHT || (size >= 1 && size >= LARGE_RATIO * others);
    this.typed = large ? t : null;
    const blamed = this.advice?.weight;
    if (blamed && blamed.layer === t.layer && blamed.unit === t.unit && blamed.input === t.input && !large) {
      // Set back: the advice is answered, and the watch goes on.
      this.advice = null;
      this.spoke = false;
    }
  }

  /** After each epoch: true when there is new advice. */
  epochEnded(epoch: number, loss: number, c: AdviceContext): boolean {
    if (this.spoke) return false;
    this.losses.push(loss);
    if (this.losses.length > LOSSES_KEPT) {
      const old = this.losses.splice(0, LOSSES_KEPT / 2);
      this.losses.unshift(Math.min(...old));
    }
    if (!this.typed && !isHighRate(c.optimizer, c.learningRate)) return false;
    const stall = detectStall({ startLoss: this.startLoss, losses: this.losses });
    if (!stall) return false;
    this.spoke = true;
    // Dated, as the alert stays up while training goes on.
    const from = epoch - stall.epochs + 1;
    const what =
      stall.reason === 'above-start'
        ? `From epoch ${from} to ${epoch} the loss never went below where it started (${round(this.startLoss)}).`
        : `From epoch ${from} to ${epoch} the loss improved by less than 1 % and stayed at ${round(stall.best)} or more.`;
    if (this.typed) {
      this.advice = {
        kind: 'stalled',
        message: `${what} ${this.blameWeight(this.typed, c.spec, c.inputNames, true)}`,
        suggestedRate: null,
        tested: null,
        weight: { ...this.typed },
      };
      return true;
    }
    const { chosen, current } = this.probe(c, true);
    if (!chosen) return false; // no smaller rate did clearly better: nothing honest to suggest
    const message = `${what} The learning rate ${c.learningRate} is probably too high for ${OPTIMIZER_NAMES[c.optimizer]}.`;
    this.advice = { kind: 'stalled', message, suggestedRate: chosen.rate, tested: tested(chosen, current), weight: null };
    return true;
  }

  /** Once, when training blew up: true when there is new advice. */
  diverged(c: AdviceContext): boolean {
    if (this.divergenceSeen) return false;
    this.divergenceSeen = this.spoke = true;
    if (this.typed) {
      this.advice = { kind: 'diverged', message: this.blameWeight(this.typed, c.spec, c.inputNames, false), suggestedRate: null, tested: null, weight: null };
      return true;
    }
    const { chosen } = this.probe(c, false);
    this.advice = { kind: 'diverged', message: '', suggestedRate: chosen?.rate ?? null, tested: chosen ? tested(chosen, null) : null, weight: null };
    return true;
  }

  private probe(c: AdviceContext, beatCurrent: boolean) {
    return probeRates({ build: c.build, train: c.train, batchSize: c.batchSize, current: c.learningRate, minRate: RANGES.learningRate.min, seed: c.seed, now: c.now, beatCurrent });
  }

  /** Once the weights have blown up, setting one back cannot help: only Reset is offered. */
  private blameWeight(t: TypedWeight, spec: ModelSpec, inputNames: string[], canSetBack: boolean): string {
    const layers = spec.layers;
    const neuron = (layer: number, unit: number) =>
      layer === layers.length - 1 ? (layers[layer].units === 1 ? 'the output neuron' : `output neuron ${unit + 1}`) : `neuron ${unit + 1} of layer ${layer + 1}`;
    const source = t.layer === 0 ? inputLabel(inputNames[t.input] ?? `input ${t.input + 1}`) : neuron(t.layer - 1, t.input);
    const which = t.input < 0 ? `The bias of ${neuron(t.layer, t.unit)}` : `The weight from ${source} to ${neuron(t.layer, t.unit)}`;
    const saturating = ['tanh', 'sigmoid', 'softmax'].includes(layers[t.layer].activation);
    return `${which} is ${round(t.value)} (typed at epoch ${t.epoch}): ${saturating ? 'outputs saturate' : 'outputs become huge'}. ${canSetBack ? 'Set it back or press Reset.' : 'Press Reset.'}`;
  }
}

function inputLabel(name: string): string {
  const bare = name.slice(name.indexOf(':') + 1);
  return name.startsWith('plane:') ? (FEATURE_LABELS[bare as FeatureName] ?? bare) : bare;
}

function tested(chosen: RateTrial, current: RateTrial | null): string {
  const at = current === null ? '' : current.after === Infinity ? `; at ${current.rate} it blew up` : `; at ${current.rate} it went to ${round(current.after)}`;
  return `Tested on the starting weights: at ${chosen.rate} the loss fell from ${round(chosen.before)} to ${round(chosen.after)} in ${PROBE_BATCHES} batches${at}.`;
}
