// The Export dialog's Keras script, cut into the four Keras words lesson 7 points at.
// The script is the export's (src/export/keras.ts); this only says which of its lines does which job.

export type KerasSection = 'define' | 'compile' | 'fit' | 'evaluate';

export interface KerasLine {
  /** null: imports, data and the printed predictions, which no word is about. */
  section: KerasSection | null;
  text: string;
}

/** Where a block begins, and whether it runs to its closing "])" or is one line. */
const STARTS: { test: (line: string) => boolean; section: KerasSection; block: boolean }[] = [
  { test: (l) => l.startsWith('model = keras.Sequential(['), section: 'define', block: true },
  // The trained weights belong to the network: the same panel as its layers.
  { test: (l) => l.startsWith('model.set_weights(['), section: 'define', block: true },
  { test: (l) => l.startsWith('model.compile('), section: 'compile', block: false },
  { test: (l) => l.trimStart().startsWith('model.fit('), section: 'fit', block: false },
  { test: (l) => l.trimStart().startsWith('model.evaluate('), section: 'evaluate', block: false },
];

const HEADER = /^\s*(#|with |if "--fit")/;

export function kerasSections(script: string): KerasLine[] {
  const lines = script.split('\n');
  const out: KerasLine[] = lines.map((text) => ({ section: null, text }));
  for (let i = 0; i < lines.length; i++) {
    const start = STARTS.find((s) => s.test(lines[i]));
    if (!start) continue;
    let end = i;
    if (start.block) while (end < lines.length - 1 && lines[end] !== '])') end++;
    // The comments right above a call say what it does, and the `if "--fit"` block holds fit: they go with it.
    let from = i;
    while (from > 0 && out[from - 1].section === null && HEADER.test(lines[from - 1])) from--;
    for (let j = from; j <= end; j++) out[j].section = start.section;
    i = end;
  }
  return out;
}
