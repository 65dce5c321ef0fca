// The newest epoch's numbers, large enough to read from the back of a classroom.

import { selectTask, selectValidationSplit, useConfigStore } from '../../state/configStore.ts';
import { selectLatestMetrics, useTrainingStore } from '../../state/trainingStore.ts';
import { formatAccuracy, formatLoss } from '../format.ts';

export function MetricsPanel() {
  const metrics = useTrainingStore(selectLatestMetrics);
  const task = useConfigStore(selectTask);
  const classification = task !== 'regression';
  // "Test" is only MNIST's official 10,000 test images (shown beside the epoch progress), never the validation split.
  // A split of 0 holds nothing out: no validation numbers rather than dashes that look like "not yet".
  const validation = useConfigStore(selectValidationSplit) > 0;
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
      {!validation && <p className="penalty muted">No validation data: the validation split is 0.</p>}
      {metrics !== null && metrics.penalty > 0 && (
        <p className="penalty muted">
          plus a weight penalty of <span className="tabular">{formatLoss(metrics.penalty)}</span>
        </p>
      )}
    </div>
  );
}

function Metric({ label, testId, value }: { label: string; testId: string; value: string }) {
  return (
    <div className="metric">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
