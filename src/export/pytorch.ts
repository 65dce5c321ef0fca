// The setup as a PyTorch script (float64, like the engine): nn.Sequential with the trained weights, and a
// training loop that does what the playground does: loss from the logits, L1/L2 on the kernels, Keras'
// update rules, mini-batches in order or reshuffled every epoch, validation after each epoch.
import { ELU_ALPHA, LEAKY_SLOPE } from '../engine/index.ts';
import type { ActivationName, InitializerName } from '../engine/index.ts';
import { dataFiles, layerWeights, py, pyList, pyMatrix, pythonData, pythonDataImport, pythonPrint } from './data.ts';
import type { Export, ExportCompile, ExportInput } from './types.ts';

export const PYTORCH_FILE = 'layerlab_pytorch.py';

const MODULE_PY: Record<Exclude<ActivationName, 'linear' | 'softmax'>, string> = {
  sigmoid: 'nn.Sigmoid()',
  tanh: 'nn.Tanh()',
  relu: 'nn.ReLU()',
  leaky_relu: `nn.LeakyReLU(${py(LEAKY_SLOPE)})`,
  elu: `nn.ELU(alpha=${py(ELU_ALPHA)})`,
  softplus: 'nn.Softplus()',
};

const OUTPUT_PY: Record<'linear' | 'sigmoid' | 'softmax', string> = {
  linear: 'nn.Identity()',
  sigmoid: 'nn.Sigmoid()',
  softmax: 'nn.Softmax(dim=1)',
};

/** Keras' initialisers in torch.nn.init terms (fan_in = inputs, fan_out = units). */
function initPy(name: InitializerName): string {
  switch (name) {
    case 'random_uniform':
      return 'nn.init.uniform_(layer.weight, -0.05, 0.05)';
    case 'glorot_uniform':
      return 'nn.init.xavier_uniform_(layer.weight)';
    case 'he_uniform':
      return 'nn.init.kaiming_uniform_(layer.weight, nonlinearity="relu")  # limit sqrt(6 / fan_in)';
    case 'he_normal':
      return 'std = (2 / layer.in_features) ** 0.5 / 0.87962566103423978  # Keras truncates at 2 std\n        nn.init.trunc_normal_(layer.weight, std=std, a=-2 * std, b=2 * std)';
    case 'zeros':
      return 'nn.init.zeros_(layer.weight)';
    case 'constant':
      return 'nn.init.constant_(layer.weight, 0.0)';
  }
}

const KERAS_ADAM = `class KerasAdam(torch.optim.Optimizer):
    """Adam as Keras 3 (and the playground) step it: epsilon is added to sqrt(v) with the bias correction
    folded into the step size. torch.optim.Adam adds epsilon after correcting v: close, not identical."""

    def __init__(self, params, lr, beta_1=0.9, beta_2=0.999, epsilon=1e-07):
        super().__init__(params, dict(lr=lr, beta_1=beta_1, beta_2=beta_2, epsilon=epsilon))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            b1, b2 = group["beta_1"], group["beta_2"]
            for p in group["params"]:
                state = self.state[p]
                if not state:
                    state.update(t=0, m=torch.zeros_like(p), v=torch.zeros_like(p))
                state["t"] += 1
                t, m, v = state["t"], state["m"], state["v"]
                alpha = group["lr"] * math.sqrt(1 - b2**t) / (1 - b1**t)
                m += (p.grad - m) * (1 - b1)
                v += (p.grad * p.grad - v) * (1 - b2)
                p -= alpha * m / (v.sqrt() + group["epsilon"])`;

const KERAS_RMSPROP = `class KerasRMSprop(torch.optim.Optimizer):
    """RMSprop as Keras 3 (and the playground) step it: w -= lr * g / sqrt(v + epsilon).
    torch.optim.RMSprop divides by sqrt(v) + epsilon instead, which differs a lot while v is tiny."""

    def __init__(self, params, lr, rho=0.9, epsilon=1e-07):
        super().__init__(params, dict(lr=lr, rho=rho, epsilon=epsilon))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            rho = group["rho"]
            for p in group["params"]:
                state = self.state[p]
                if not state:
                    state["v"] = torch.zeros_like(p)
                v = state["v"]
                v.mul_(rho).add_((1 - rho) * p.grad * p.grad)
                p -= group["lr"] * p.grad / (v + group["epsilon"]).sqrt()`;

function optimizerPy(c: ExportCompile): { setup: string | null; create: string } {
  const params = 'net.parameters()';
  switch (c.optimizer) {
    case 'sgd':
      // torch's SGD keeps velocity as a sum of gradients, Keras' as a sum of steps: the same updates for a fixed learning rate.
      return {
        setup: null,
        create: `torch.optim.SGD(${params}, lr=${py(c.learningRate)}${c.momentum > 0 ? `, momentum=${py(c.momentum)}` : ''}${c.nesterov ? ', nesterov=True' : ''})`,
      };
    case 'adam':
      return { setup: KERAS_ADAM, create: `KerasAdam(${params}, lr=${py(c.learningRate)})` };
    case 'rmsprop':
      return { setup: KERAS_RMSPROP, create: `KerasRMSprop(${params}, lr=${py(c.learningRate)})` };
  }
}

function lossPy(c: ExportCompile): string {
  switch (c.loss) {
    case 'binary_crossentropy':
      return 'nn.functional.binary_cross_entropy_with_logits(logits, target)';
    case 'categorical_crossentropy':
      return 'nn.functional.cross_entropy(logits, target)  # one-hot (probability) targets';
    case 'mse':
      return 'nn.functional.mse_loss(output_activation(logits), target)';
  }
}

function penaltyPy(c: ExportCompile): string {
  const terms = [];
  if (c.l1 > 0) terms.push(`${py(c.l1)} * layer.weight.abs().sum()`);
  if (c.l2 > 0) terms.push(`${py(c.l2)} * (layer.weight**2).sum()`);
  return terms.length === 0 ? '0.0' : `sum(${terms.join(' + ')} for layer in linears)`;
}

export function pytorchExport(input: ExportInput): Export {
  const { spec, compile: c, fit, data } = input;
  const weights = layerWeights(input);
  const last = spec.layers.length - 1;
  const output = spec.layers[last].activation;
  if (output !== 'linear' && output !== 'sigmoid' && output !== 'softmax') {
    throw new Error(`the PyTorch export supports linear, sigmoid and softmax outputs, not ${output}`);
  }
  const modules = spec.layers.flatMap((layer, l) => {
    const width = l === 0 ? spec.inputs : spec.layers[l - 1].units;
    const linear = `    nn.Linear(${width}, ${layer.units}),`;
    if (l === last || layer.activation === 'linear') return [linear];
    return [linear, `    ${MODULE_PY[layer.activation as keyof typeof MODULE_PY]},`];
  });
  const optimizer = optimizerPy(c);
  const script = [
    `"""Layerlab export: the network on screen in PyTorch (float64), with its trained weights.`,
    '',
    `Run: python3 ${PYTORCH_FILE}          prints the inputs and predictions of the first samples as one JSON line`,
    `     python3 ${PYTORCH_FILE} --fit    trains ${fit.epochs} more ${fit.epochs === 1 ? 'epoch' : 'epochs'} first, as the playground would"""`,
    pythonDataImport(data),
    'import json',
    'import math',
    'import sys',
    '',
    'import numpy as np',
    'import torch',
    'from torch import nn',
    '',
    'torch.set_default_dtype(torch.float64)  # as the playground computes',
    `torch.manual_seed(${input.seed})  # PyTorch's own random numbers: not the playground's, but repeatable`,
    '',
    pythonData(data),
    '',
    '# net gives the logits; the output activation is kept apart, because the loss is computed from the logits (stable),',
    '# as Keras and the playground do. model = net followed by the output activation: what the playground shows.',
    'net = nn.Sequential(',
    ...modules,
    ')',
    `output_activation = ${OUTPUT_PY[output]}`,
    'model = nn.Sequential(net, output_activation)',
    'linears = [m for m in net if isinstance(m, nn.Linear)]',
    '',
    `# Keras' ${input.initializer} (biases start at zero): what you train from if you skip loading the weights below.`,
    'with torch.no_grad():',
    '    for layer in linears:',
    `        ${initPy(input.initializer)}`,
    '        nn.init.zeros_(layer.bias)',
    '',
    '# The trained weights on screen, in Keras layout: kernel [inputs, units], then bias, layer by layer.',
    '# nn.Linear keeps its weight as [out, in], the transpose of a Keras kernel.',
    'KERAS_WEIGHTS = [',
    ...weights.flatMap((w, l) => [`    ${pyMatrix(w.kernel, '    ')},  # layer ${l + 1} kernel`, `    np.array(${pyList(w.bias)}),  # layer ${l + 1} bias`]),
    ']',
    'with torch.no_grad():',
    '    for layer, kernel, bias in zip(linears, KERAS_WEIGHTS[0::2], KERAS_WEIGHTS[1::2]):',
    '        layer.weight.copy_(torch.from_numpy(kernel.T))',
    '        layer.bias.copy_(torch.from_numpy(bias))',
    '',
    ...(optimizer.setup ? [optimizer.setup, '', ''] : []),
    'def loss_fn(logits, target):',
    `    return ${lossPy(c)}`,
    '',
    '',
    'def penalty():',
    '    """L1/L2 on the kernels only, as Keras\' kernel_regularizer."""',
    `    return ${penaltyPy(c)}`,
    '',
    '',
    'def fit(epochs, batch_size, shuffle):',
    `    optimizer = ${optimizer.create}`,
    '    x_train, y_train = torch.from_numpy(x[:N_TRAIN]), torch.from_numpy(y[:N_TRAIN])',
    '    x_val, y_val = torch.from_numpy(x[N_TRAIN:]), torch.from_numpy(y[N_TRAIN:])',
    '    for epoch in range(epochs):',
    '        order = torch.randperm(N_TRAIN) if shuffle else torch.arange(N_TRAIN)',
    '        total = 0.0',
    '        for start in range(0, N_TRAIN, batch_size):',
    '            batch = order[start : start + batch_size]',
    '            optimizer.zero_grad()',
    '            loss = loss_fn(net(x_train[batch]), y_train[batch])',
    '            (loss + penalty()).backward()',
    '            optimizer.step()',
    '            total += loss.item() * len(batch)',
    '        log = f"epoch {epoch + 1}/{epochs}: loss {total / N_TRAIN:.6f}"',
    '        if N_VALIDATION > 0:',
    '            with torch.no_grad():',
    '                log += f", val_loss {loss_fn(net(x_val), y_val).item():.6f}"',
    '        print(log, file=sys.stderr)',
    '',
    '',
    'if "--fit" in sys.argv:',
    `    fit(epochs=${fit.epochs}, batch_size=${fit.batchSize}, shuffle=${fit.shuffle ? 'True' : 'False'})`,
    '',
    'with torch.no_grad():',
    `    ${pythonPrint((x) => `model(torch.from_numpy(${x}))`).replaceAll('\n', '\n    ')}`,
    '',
  ].join('\n');
  return { kind: 'pytorch', files: [{ name: PYTORCH_FILE, content: script }, ...dataFiles(data)], command: `python3 ${PYTORCH_FILE}` };
}
