// What the teacher is writing, before it is a lesson: plain form values, and how they become the
// versioned lesson (checked by the same reader a learner's page uses, so what is shared will open).

import type { ModelSpec } from '../../../engine/index.ts';
import type { PlaygroundConfig } from '../../../setup/config.ts';
import { modelSpecOf } from '../../../setup/rules.ts';
import { CONTROLS, PANELS, type ControlId, type PanelId } from '../../../state/lockStore.ts';
import { makeTeachDoc, readTeachDoc, type TeachCheck, type TeachDoc } from './format.ts';
import { kerasWeightsOf } from '../kerasWeights.ts';
import { describeCheck } from './lesson.ts';

export interface DraftStep {
  task: string;
  check: TeachCheck;
}

export interface Draft {
  title: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  steps: DraftStep[];
  /** Controls the learner may change; every other one is locked. */
  free: ControlId[];
  /** Panels the learner sees; every other one is hidden. */
  shown: PanelId[];
  /** Start from the weights on the page now (else from the seed). */
  keepWeights: boolean;
}

export const NEW_DRAFT: Draft = {
  title: '',
  text: '',
  steps: [{ task: '', check: { kind: 'accuracy', min: 0.9 } }],
  free: [...CONTROLS],
  shown: [...PANELS],
  keepWeights: true,
};

/** A fresh check of a kind, with a sensible first value. */
export function defaultCheck(kind: TeachCheck['kind']): TeachCheck {
  switch (kind) {
    case 'accuracy':
      return { kind, min: 0.9 };
    case 'loss':
      return { kind, max: 0.1 };
    case 'epochs':
      return { kind, min: 50 };
    case 'layers':
      return { kind, count: 2 };
    case 'activation':
      return { kind, layer: 1, activation: 'relu' };
    case 'answer':
      return { kind, value: 0, tolerance: 0 };
  }
}

export type DraftResult = { ok: true; doc: TeachDoc } | { ok: false; message: string };

/** The lesson a draft makes from the page's setup (and weights), checked as a learner's page will check it. */
export function docOfDraft(draft: Draft, config: PlaygroundConfig, spec: ModelSpec | null, params: ArrayLike<number> | null): DraftResult {
  let weights = null;
  if (draft.keepWeights) {
    const expected = modelSpecOf(config);
    if (!spec || !params || JSON.stringify(spec) !== JSON.stringify(expected)) {
      return { ok: false, message: 'The network on the page is still being set up: wait a moment, or start the lesson from the seed’s weights.' };
    }
    weights = kerasWeightsOf(spec, params);
  }
  const doc = makeTeachDoc({
    title: draft.title.trim(),
    paragraphs: draft.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
    weights,
    steps: draft.steps.map((s) => ({ task: s.task.trim() || describeCheck(s.check), check: s.check })),
    locked: CONTROLS.filter((c) => !draft.free.includes(c)),
    hidden: PANELS.filter((p) => !draft.shown.includes(p)),
    config,
  });
  const read = readTeachDoc(JSON.parse(JSON.stringify(doc)));
  return read.ok ? { ok: true, doc: read.doc } : read;
}
