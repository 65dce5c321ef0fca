// The "Export code" button. It stays small and loads with the page; the dialog, the exporters and the code
// that gathers the page's state load when it is first pressed (ExportCodeDialog.tsx).

import { lazy, Suspense, useState } from 'react';
import type { ExportInput } from '../../export/index.ts';
import './export.css';

const ExportDialog = lazy(() => import('./ExportCodeDialog.tsx').then((m) => ({ default: m.ExportDialog })));

export function ExportButton() {
  const [input, setInput] = useState<ExportInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    const { readExportInput } = await import('./exportInput.ts');
    const result = readExportInput();
    setInput(result.ok ? result.input : null);
    setProblem(result.ok ? null : result.message);
  };
  return (
    <div className="export">
      <button type="button" className="button" onClick={() => void open()} title="The network on screen as Keras, PyTorch, NumPy or TF.js code">
        Export code
      </button>
      <span className="share-feedback" role="status">
        {problem ? `Nothing to export yet: ${problem}` : ''}
      </span>
      {input && (
        <Suspense fallback={null}>
          <ExportDialog input={input} onClose={() => setInput(null)} />
        </Suspense>
      )}
    </div>
  );
}
