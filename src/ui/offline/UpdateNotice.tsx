// One line when a newer version of Layerlab has been installed: reload into it, rather than run a page
// of the old version against files of the new one.

import { useSyncExternalStore } from 'react';
import { reloadIntoUpdate, subscribeUpdate, updateReady } from '../../offline/register.ts';

export function UpdateNotice() {
  const ready = useSyncExternalStore(subscribeUpdate, updateReady);
  if (!ready) return null;
  return (
    <p className="update-notice" role="status">
      A new version of Layerlab is ready ·{' '}
      <button type="button" className="link-button" onClick={reloadIntoUpdate}>
        Reload
      </button>
    </p>
  );
}
