// The forward pass in NumPy alone (float64): every layer is z = a @ kernel + bias, then a = f(z).
import type { ActivationName } from '../engine/index.ts';
import { LEAKY_SLOPE, ELU_ALPHA } from '../engine/index.ts';
import { dataFiles, layerWeights, pyList, pyMatrix, pythonData, pythonDataImport, pythonPrint, py } from './data.ts';
import type { Export, ExportInput } from './types.ts';

export const NUMPY_FILE = 'layerlab_numpy.py';

/** Each activation written the way the engine computes it, so the results agree to rounding. */
const ACTIVATION_PY: Record<ActivationName, string> = {
  linear: 'def linear(z):\n    return z',
  sigmoid: 'def sigmoid(z):\n    e = np.exp(-np.abs(z))  # never overflows\n    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))',
  tanh: 'def tanh(z):\n    return np.tanh(z)',
  relu: 'def relu(z):\n    return np.maximum(z, 0)',
  leaky_relu: `def leaky_relu(z):\n    return np.where(z > 0, z, ${py(LEAKY_SLOPE)} * z)`,
  elu: `def elu(z):\n    return np.where(z > 0, z, ${py(ELU_ALPHA)} * np.expm1(np.minimum(z, 0)))`,
  softplus: 'def softplus(z):\n    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))',
  softmax: 'def softmax(z):\n    e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)',
};

export function numpyExport(input: ExportInput): Export {
  const weights = layerWeights(input);
  const used = [...new Set(input.spec.layers.map((l) => l.activation))];
  const script = [
    `"""Layerlab export: the network on screen as a NumPy forward pass (float64), with its trained weights.`,
    '',
    `Run: python3 ${NUMPY_FILE}    (prints the inputs and predictions of the first samples as one JSON line)`,
    'This script only predicts; the Keras and PyTorch exports also train (--fit)."""',
    pythonDataImport(input.data),
    'import json',
    'import sys',
    '',
    'import numpy as np',
    '',
    pythonData(input.data),
    '',
    '# The trained weights, Keras layout: kernel[i][j] joins input i to unit j.',
    ...weights.flatMap((w, l) => [`W${l} = ${pyMatrix(w.kernel, '')}`, `b${l} = np.array(${pyList(w.bias)})`]),
    '',
    ...used.map((a) => `${ACTIVATION_PY[a]}\n`),
    '',
    'def predict(a):',
    ...input.spec.layers.map((l, i) => `    a = ${l.activation}(a @ W${i} + b${i})`),
    '    return a',
    '',
    '',
    'if "--fit" in sys.argv:',
    '    sys.exit("This NumPy script only predicts; use the Keras or PyTorch export to train.")',
    pythonPrint((x) => `predict(${x})`),
    '',
  ].join('\n');
  return { kind: 'numpy', files: [{ name: NUMPY_FILE, content: script }, ...dataFiles(input.data)], command: `python3 ${NUMPY_FILE}` };
}
