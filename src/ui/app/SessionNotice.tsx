// One line about the session itself: restored after a reload (with "Start fresh"), resumed after the
// training worker died, or storage refused. An alert region above the workspace, never a modal.

import { hintOf, runCommand } from '../../state/commands.ts';
import { selectSessionNotice, useTrainingStore } from '../../state/trainingStore.ts';
import { Icon } from './Icon.tsx';

export function SessionNotice() {
  const notice = useTrainingStore(selectSessionNotice);
  if (notice === null) return null;
  return (
    <div className={`alert session-notice ${notice.kind === 'restored' || notice.kind === 'weights' ? 'info' : 'warning'}`} role="alert">
      <span>
        {notice.text}
        {notice.kind === 'restored' && (
          <>
            {' · '}
            <button type="button" className="link-button" title={hintOf('session.startFresh')} onClick={() => runCommand('session.startFresh')}>
              Start fresh
            </button>
          </>
        )}
      </span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => useTrainingStore.getState().setSessionNotice(null)}>
        <Icon name="close" />
      </button>
    </div>
  );
}
