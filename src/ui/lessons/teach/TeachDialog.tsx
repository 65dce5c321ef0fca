// "Make a lesson from this": a teacher writes a title, a few paragraphs and the steps, chooses what
// learners may change and see, and shares it as a link (when short enough) or a file. The lesson
// starts from the setup and weights on the page now.

import { useEffect, useRef, useState } from 'react';
import { DATASET_LABELS } from '../../../setup/catalogue.ts';
import { configOf, useConfigStore } from '../../../state/configStore.ts';
import { CONTROLS, PANELS, type ControlId, type PanelId } from '../../../state/lockStore.ts';
import { CONTROL_LABELS, PANEL_LABELS } from './lockLabels.ts';
import { useTrainingStore } from '../../../state/trainingStore.ts';
import { CopyButton } from '../CopyButton.tsx';
import { docOfDraft, NEW_DRAFT, type Draft } from './draft.ts';
import type { TeachDoc } from './format.ts';
import { encodeTeachLink, MAX_LINK_CHARS, teachHref } from './link.ts';
import { StepEditor } from './StepEditor.tsx';
import './teach.css';

type Shared = { kind: 'link'; href: string; doc: TeachDoc } | { kind: 'file'; doc: TeachDoc; length: number } | { kind: 'error'; message: string } | null;

function fileName(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${slug || 'lesson'}.layerlab.json`;
}

function download(doc: TeachDoc): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName(doc.title);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function Toggles<T extends string>({
  legend,
  all,
  labels,
  on,
  onChange,
}: {
  legend: string;
  all: readonly T[];
  labels: Record<T, string>;
  on: readonly T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="teach__toggles">
      <legend>{legend}</legend>
      {all.map((id) => (
        <label key={id}>
          <input type="checkbox" checked={on.includes(id)} onChange={(e) => onChange(e.target.checked ? [...on, id] : on.filter((x) => x !== id))} />
          {labels[id]}
        </label>
      ))}
    </fieldset>
  );
}

export function TeachDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft>(NEW_DRAFT);
  const [shared, setShared] = useState<Shared>(null);
  const config = configOf(useConfigStore.getState());
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const edit = (change: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setShared(null);
  };
  const make = (): TeachDoc | null => {
    const { spec, params } = useTrainingStore.getState();
    const made = docOfDraft(draft, configOf(useConfigStore.getState()), spec, params);
    if (!made.ok) {
      setShared({ kind: 'error', message: made.message });
      return null;
    }
    return made.doc;
  };
  const shareLink = async () => {
    const doc = make();
    if (!doc) return;
    const value = await encodeTeachLink(doc);
    const href = teachHref(value, `${location.origin}${location.pathname}`);
    setShared(href.length <= MAX_LINK_CHARS ? { kind: 'link', href, doc } : { kind: 'file', doc, length: href.length });
  };
  return (
    <dialog ref={ref} className="modal teach" aria-labelledby="teach-title" onClose={onClose}>
      <form
        className="teach__form"
        onSubmit={(e) => {
          e.preventDefault();
          void shareLink();
        }}
      >
        <header className="teach__head">
          <h2 id="teach-title">Make a lesson from this</h2>
          <p className="muted">
            It starts from the page as it is now: the {DATASET_LABELS[config.dataset]} data,{' '}
            {config.hidden.length === 0 ? 'no hidden layer' : `hidden layers of ${config.hidden.map((h) => `${h.units} ${h.activation}`).join(', ')}`}.
          </p>
        </header>
        <label className="teach__field">
          <span>Title</span>
          <input value={draft.title} maxLength={120} required onChange={(e) => edit({ title: e.target.value })} />
        </label>
        <label className="teach__field">
          <span>What learners read first</span>
          <textarea rows={4} value={draft.text} onChange={(e) => edit({ text: e.target.value })} />
          <small className="muted">A blank line starts a new paragraph. *Asterisks* give emphasis, **two** make it strong.</small>
        </label>
        <ol className="teach__steps">
          {draft.steps.map((step, i) => (
            <StepEditor
              key={i}
              index={i}
              step={step}
              onChange={(s) => edit({ steps: draft.steps.map((x, j) => (j === i ? s : x)) })}
              onRemove={draft.steps.length > 1 ? () => edit({ steps: draft.steps.filter((_, j) => j !== i) }) : undefined}
            />
          ))}
        </ol>
        <button type="button" className="button small" onClick={() => edit({ steps: [...draft.steps, { task: '', check: { kind: 'epochs', min: 50 } }] })}>
          Add a step
        </button>
        <div className="teach__choices">
          <Toggles<ControlId> legend="Learners may change" all={CONTROLS} labels={CONTROL_LABELS} on={draft.free} onChange={(free) => edit({ free })} />
          <Toggles<PanelId> legend="Learners see" all={PANELS} labels={PANEL_LABELS} on={draft.shown} onChange={(shown) => edit({ shown })} />
        </div>
        <label className="teach__inline">
          <input type="checkbox" checked={draft.keepWeights} onChange={(e) => edit({ keepWeights: e.target.checked })} />
          Start from the weights on the page now (else from the seed’s)
        </label>
        <div className="teach__actions">
          <button type="submit" className="button primary">
            Make the link
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const doc = make();
              if (doc) download(doc);
            }}
          >
            Download as a file
          </button>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Close
          </button>
        </div>
        <div className="teach__result" role="status">
          {shared?.kind === 'error' && <p className="teach__error">{shared.message}</p>}
          {shared?.kind === 'link' && (
            <>
              <label className="teach__field">
                <span>The lesson’s link</span>
                <input readOnly value={shared.href} data-testid="teach-link" onFocus={(e) => e.target.select()} />
              </label>
              <div className="teach__actions">
                <CopyButton text={shared.href} label="Copy the link" />
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    ref.current?.close();
                    // The same way a learner arrives: the address changes and the page opens what it carries.
                    location.hash = new URL(shared.href).hash;
                  }}
                >
                  Try it here
                </button>
              </div>
            </>
          )}
          {shared?.kind === 'file' && (
            <p>
              This lesson is too long for a link ({shared.length.toLocaleString('en')} characters; links stay under {MAX_LINK_CHARS.toLocaleString('en')}).{' '}
              <button type="button" className="button small" onClick={() => download(shared.doc)}>
                Download it as a file
              </button>
            </p>
          )}
        </div>
      </form>
    </dialog>
  );
}
