// Code for the setup on screen: Keras, PyTorch, NumPy and TF.js exports, from one input, with the
// predictions the engine makes for the samples the scripts print.
import { kerasExport } from './keras.ts';
import { numpyExport } from './numpy.ts';
import { pytorchExport } from './pytorch.ts';
import { tfjsExport } from './tfjs.ts';
import { previewOf } from './data.ts';
import type { Export, ExportInput, ExportKind, Preview } from './types.ts';

export type { Export, ExportData, ExportFile, ExportInput, ExportKind, Preview, PlaneData, TableExportData, TablePreprocess } from './types.ts';
export { PREVIEW_ROWS } from './data.ts';

export const EXPORT_KINDS: readonly ExportKind[] = ['keras', 'pytorch', 'numpy', 'tfjs'];

export const EXPORT_LABELS: Record<ExportKind, string> = { keras: 'Keras', pytorch: 'PyTorch', numpy: 'NumPy', tfjs: 'TF.js' };

const EXPORTERS: Record<ExportKind, (input: ExportInput) => Export> = {
  keras: kerasExport,
  pytorch: pytorchExport,
  numpy: numpyExport,
  tfjs: tfjsExport,
};

export function exportCode(kind: ExportKind, input: ExportInput): Export {
  return EXPORTERS[kind](input);
}

export function exportPreview(input: ExportInput): Preview {
  return previewOf(input);
}
