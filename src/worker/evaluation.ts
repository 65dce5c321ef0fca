// How the network does on a table's validation rows: one forward pass, every number from it.
import type { Dataset, Model } from '../engine/index.ts';
import type { DataShape } from '../setup/shape.ts';
import type { TableEvaluation } from './protocol.ts';

/** Predicted-against-actual pairs sent for a regression table, at most. */
export const MAX_PREDICTIONS = 500;

/** Index of the class a row of outputs predicts: the largest softmax unit, or sigmoid >= 0.5. */
function predictedClass(out: Float64Array, row: number, k: number): number {
  if (k === 1) return out[row] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < k; j++) if (out[row * k + j] > out[row * k + best]) best = j;
  return best;
}

/**
 * One forward pass over the validation rows: the confusion matrix (row = true class), predicted against
 * actual for regression (in the target's units), and the misclassified rows of an image table.
 */
export function evaluateTable(
  model: Model,
  validation: Dataset,
  shape: DataShape,
  targetScale: { mean: number; std: number } | null,
  want: { confusion: boolean; predictions: boolean; mistakes: number },
): TableEvaluation {
  const { n } = validation;
  const d = model.spec.inputs;
  const k = model.outputs;
  const classes = shape.classes;
  const confusion = want.confusion ? new Uint32Array(classes * classes) : null;
  const stride = Math.max(1, n / MAX_PREDICTIONS);
  const pairs = want.predictions ? Math.min(n, MAX_PREDICTIONS) : 0;
  const predictions = want.predictions ? new Float64Array(2 * pairs) : null;
  const wrong: number[] = [];
  const wrongAs: number[] = [];
  let totalWrong = 0;
  const chunk = 256;
  let nextPair = 0;
  const scale = targetScale ?? { mean: 0, std: 1 };
  for (let start = 0; start < n; start += chunk) {
    const m = Math.min(chunk, n - start);
    const out = model.predictBatch(validation.x.subarray(start * d, (start + m) * d), m);
    for (let r = 0; r < m; r++) {
      const row = start + r;
      if (shape.task === 'regression') {
        if (predictions && nextPair < pairs && row === Math.floor(nextPair * stride)) {
          predictions[2 * nextPair] = validation.y[row] * scale.std + scale.mean;
          predictions[2 * nextPair + 1] = out[r] * scale.std + scale.mean;
          nextPair++;
        }
        continue;
      }
      const truth = k === 1 ? (validation.y[row] >= 0.5 ? 1 : 0) : predictedClass(validation.y.subarray(row * k, row * k + k) as Float64Array, 0, k);
      const guess = predictedClass(out, r, k);
      if (confusion) confusion[truth * classes + guess]++;
      if (truth !== guess) {
        totalWrong++;
        if (wrong.length < want.mistakes) {
          wrong.push(row);
          wrongAs.push(guess);
        }
      }
    }
  }
  return {
    iteration: 0,
    epoch: 0,
    n,
    classes,
    confusion,
    predictions,
    mistakes: want.mistakes > 0 ? { indices: Uint32Array.from(wrong), predicted: Uint8Array.from(wrongAs), total: totalWrong } : null,
  };
}
