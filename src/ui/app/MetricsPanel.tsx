// The model's numbers, large enough to read from the back of a classroom: the newest epoch's, or,
// after a change that made those describe another model, the current weights' measured at once.

import { selectTask, selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { selectCurrentMetrics, selectShownMetrics, useTrainingStore, type CurrentMetrics } from '../../state/trainingStore.ts';
import { formatAccuracy, formatLoss } from '../format.ts';

export function MetricsPanel() {
  const metrics = useTrainingStore(selectShownMetrics);
  const current = useTrainingStore(selectCurrentMetrics);
  const task = useConfigStore(selectTask);
  const classification = task !== 'regression';
  // "Test" is only MNIST's official 10,000 test images (shown beside the epoch progress), never the validation split.
  // A split of 0 holds nothing out: no validation numbers rather than dashes that look like "not yet".
  const validation = useConfigStore(selectValidationSplit) > 0;
  const note = current ? currentNote(current) : null;
  return (
    <div className="metrics">
      <dl aria-label="Latest metrics">
        <Metric label="Training loss" testId="train-loss" value={formatLoss(metrics?.loss)} />
        {validation && <Metric label="Validation loss" testId="val-loss" value={formatLoss(metrics?.val_loss)} />}
        {classification && (
          <>
            <Metric label="Training accuracy" testId="train-accuracy" value={formatAccuracy(metrics?.accuracy)} />
            {validation && <Metric label="Validation accuracy" testId="val-accuracy" value={formatAccuracy(metrics?.val_accuracy)} />}
          </>
        )}
      </dl>
      {note !== null && (
        <p className="penalty muted" data-testid="metrics-note">
          {note}
        </p>
      )}
      {!validation && <p className="penalty muted">No validation data: the validation split is 0.</p>}
      {metrics !== null && metrics.penalty > 0 && (
        <p className="penalty muted">
          plus a weight penalty of <span className="tabular">{formatLoss(metrics.penalty)}</span>
        </p>
      )}
    </div>
  );
}

/** Where numbers that are not an epoch's row come from, in the header's terms (epoch = epochs done). */
function currentNote({ epoch, batchInEpoch, batchesPerEpoch, metrics }: CurrentMetrics): string | null {
  // Before the first epoch's row, dashes mean "not yet" as they always have: there are no old numbers.
  if (metrics === null) return epoch === 0 ? null : `Changed since epoch ${epoch}: new numbers after the next epoch (too many rows to measure at once).`;
  if (epoch === 0 && batchInEpoch === 0) return 'The starting weights, measured before any training.';
  return `The current weights, measured now at epoch ${epoch}, batch ${batchInEpoch}/${batchesPerEpoch} (not a point of the curves).`;
}

function Metric({ label, testId, value }: { label: string; testId: string; value: string }) {
  return (
    <div className="metric">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
