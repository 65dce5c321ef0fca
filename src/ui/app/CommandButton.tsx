// A button that is a registered command: its label, tooltip ("Play (Space)") and enabled state come
// from the registry, so the button and the key can never disagree.

import { controlOfCommand, useLockStore } from '../../state/lockStore.ts';
import { LockMark } from '../lock/LockMark.tsx';
import { LOCKED_HINT } from '../lock/useLock.ts';
import { useCommand } from '../useCommandKeys.ts';
import { Icon, type IconName } from './Icon.tsx';

export function CommandButton({ id, icon, className = 'button' }: { id: string; icon?: IconName; className?: string }) {
  const { label, hint, enabled, run } = useCommand(id);
  // A control a teacher locked shows as locked, not just greyed out.
  const locked = useLockStore((s) => {
    const control = controlOfCommand(id);
    return control !== undefined && s.locked.has(control);
  });
  return (
    <button type="button" className={className} title={locked ? LOCKED_HINT : hint} disabled={!enabled} onClick={run}>
      {icon && <Icon name={icon} />}
      {/* A span, so short screens can show the icon alone while the label stays the button's name. */}
      <span className="button-label">{label}</span>
      {locked && <LockMark />}
    </button>
  );
}
