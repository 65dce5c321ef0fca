// The TensorFlow.js Layers format: model.json (the Keras-style topology and a weights manifest) and one
// binary file of little-endian float32 weights, in the manifest's order. tf.loadLayersModel('model.json') reads it.
import { LEAKY_SLOPE } from '../engine/index.ts';
import type { InitializerName } from '../engine/index.ts';
import type { Export, ExportInput } from './types.ts';

export const TFJS_MODEL_FILE = 'model.json';
export const TFJS_WEIGHTS_FILE = 'weights.bin';

const INITIALIZER_CLASS: Record<InitializerName, { class_name: string; config: Record<string, number | null> }> = {
  random_uniform: { class_name: 'RandomUniform', config: { minval: -0.05, maxval: 0.05, seed: null } },
  glorot_uniform: { class_name: 'GlorotUniform', config: { seed: null } },
  he_normal: { class_name: 'HeNormal', config: { seed: null } },
  he_uniform: { class_name: 'HeUniform', config: { seed: null } },
  zeros: { class_name: 'Zeros', config: {} },
  constant: { class_name: 'Constant', config: { value: 0 } },
};

export interface TfjsModel {
  modelTopology: Record<string, unknown>;
  weightSpecs: { name: string; shape: number[]; dtype: 'float32' }[];
  weightData: ArrayBuffer;
}

/** The pieces tf.io.fromMemory takes; tfjsExport writes them as files. */
export function tfjsModel(input: ExportInput): TfjsModel {
  const { spec, compile: c } = input;
  const layers: Record<string, unknown>[] = [];
  const weightSpecs: TfjsModel['weightSpecs'] = [];
  spec.layers.forEach((layer, l) => {
    const name = `dense_${l + 1}`;
    const width = l === 0 ? spec.inputs : spec.layers[l - 1].units;
    const leaky = layer.activation === 'leaky_relu';
    layers.push({
      class_name: 'Dense',
      config: {
        name,
        trainable: true,
        ...(l === 0 ? { batch_input_shape: [null, spec.inputs] } : {}),
        dtype: 'float32',
        units: layer.units,
        activation: leaky ? 'linear' : layer.activation,
        use_bias: true,
        kernel_initializer: INITIALIZER_CLASS[input.initializer],
        bias_initializer: { class_name: 'Zeros', config: {} },
        kernel_regularizer: c.l1 > 0 || c.l2 > 0 ? { class_name: 'L1L2', config: { l1: c.l1, l2: c.l2 } } : null,
        bias_regularizer: null,
        activity_regularizer: null,
        kernel_constraint: null,
        bias_constraint: null,
      },
    });
    // TF.js has no 'leaky_relu' activation string: a LeakyReLU layer after a linear Dense, with the engine's slope.
    if (leaky) layers.push({ class_name: 'LeakyReLU', config: { name: `leaky_re_lu_${l + 1}`, trainable: true, dtype: 'float32', alpha: LEAKY_SLOPE } });
    weightSpecs.push({ name: `${name}/kernel`, shape: [width, layer.units], dtype: 'float32' });
    weightSpecs.push({ name: `${name}/bias`, shape: [layer.units], dtype: 'float32' });
  });
  const weightData = Float32Array.from(input.params).buffer;
  return {
    modelTopology: {
      class_name: 'Sequential',
      config: { name: 'layerlab', layers },
      keras_version: 'tfjs-layers 4.22.0',
      backend: 'tensor_flow.js',
    },
    weightSpecs,
    weightData,
  };
}

export function tfjsExport(input: ExportInput): Export {
  const { modelTopology, weightSpecs, weightData } = tfjsModel(input);
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'Layerlab',
    convertedBy: null,
    modelTopology,
    weightsManifest: [{ paths: [TFJS_WEIGHTS_FILE], weights: weightSpecs }],
  };
  return {
    kind: 'tfjs',
    files: [
      { name: TFJS_MODEL_FILE, content: `${JSON.stringify(modelJson, null, 1)}\n` },
      { name: TFJS_WEIGHTS_FILE, content: new Uint8Array(weightData) },
    ],
    command: `const model = await tf.loadLayersModel('${TFJS_MODEL_FILE}');  // weights.bin beside it`,
  };
}
