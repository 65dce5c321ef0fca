// Where the training alerts appear. They are rare (training blew up, stopped learning, or the worker
// refused a command), so their words and fixes (TrainingAlerts.tsx) load when one is due, or before
// that once the page is idle.

import { lazy, Suspense, useEffect } from 'react';
import { useTrainingStore, type TrainingState } from '../../state/trainingStore.ts';
import { afterFirstDraw } from '../afterFirstDraw.ts';

const load = () => import('./TrainingAlerts.tsx');
const TrainingAlerts = lazy(() => load().then((m) => ({ default: m.TrainingAlerts })));

/** True when any of the alerts has something to say (the same conditions they each check). */
const selectAnyAlert = (s: TrainingState) => s.diverged !== null || s.advice?.kind === 'stalled' || s.error !== null;

export function TrainingAlertSlot() {
  const any = useTrainingStore(selectAnyAlert);
  useEffect(() => afterFirstDraw(() => void load().catch(() => {})), []);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <TrainingAlerts />
    </Suspense>
  );
}
