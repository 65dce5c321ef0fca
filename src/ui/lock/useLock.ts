// Whether a control is locked, or a panel hidden, by the teacher's lesson.

import { useLockStore, type ControlId, type PanelId } from '../../state/lockStore.ts';

export const LOCKED_HINT = 'Locked by your teacher';

export function useLock(id: ControlId | PanelId): { locked: boolean; hidden: boolean } {
  const locked = useLockStore((s) => s.locked.has(id as ControlId));
  const hidden = useLockStore((s) => s.hidden.has(id as PanelId));
  return { locked, hidden };
}
