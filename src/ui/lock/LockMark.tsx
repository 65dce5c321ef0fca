// The small lock a locked control wears beside its label: the control stays in view, visibly
// locked, with the reason in its tooltip.

import { Icon } from '../app/Icon.tsx';
import { LOCKED_HINT } from './useLock.ts';
import './lock.css';

export function LockMark() {
  return (
    <span className="lock-mark" title={LOCKED_HINT} data-testid="lock-mark">
      <Icon name="lock" />
      <span className="visually-hidden">{LOCKED_HINT}</span>
    </span>
  );
}
