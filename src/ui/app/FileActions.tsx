// What a learner does with the whole setup: save or open a model file, export it as code, copy a
// link. Beside the compile and fit settings, where there is room, rather than in the top bar.

import { ExportButton } from '../export/ExportDialog.tsx';
import { ModelFileButtons } from './ModelFileButtons.tsx';
import { ShareButton } from './ShareButton.tsx';

export function FileActions() {
  return (
    <div className="file-actions" role="group" aria-label="Keep and share">
      <ModelFileButtons />
      <ExportButton />
      <ShareButton />
    </div>
  );
}
