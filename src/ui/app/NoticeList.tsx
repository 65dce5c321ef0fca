// Dismissible notices, such as the repairs made to a link that did not quite make sense.

import { selectNotices, useViewStore } from '../../state/viewStore.ts';
import { Icon } from './Icon.tsx';

export function NoticeList() {
  const notices = useViewStore(selectNotices);
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className="alert info">
          <div>
            <strong>{notice.title}</strong>
            <ul>
              {notice.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
          <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={() => useViewStore.getState().dismissNotice(notice.id)}>
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
