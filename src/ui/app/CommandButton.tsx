// A button that is a registered command: its label, tooltip ("Play (Space)") and enabled state come
// from the registry, so the button and the key can never disagree.

import { useCommand } from '../useCommandKeys.ts';
import { Icon, type IconName } from './Icon.tsx';

export function CommandButton({ id, icon, className = 'button' }: { id: string; icon?: IconName; className?: string }) {
  const { label, hint, enabled, run } = useCommand(id);
  return (
    <button type="button" className={className} title={hint} disabled={!enabled} onClick={run}>
      {icon && <Icon name={icon} />}
      {/* A span, so short screens can show the icon alone while the label stays the button's name. */}
      <span className="button-label">{label}</span>
    </button>
  );
}
