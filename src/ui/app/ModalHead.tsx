// The title row every modal dialog with a corner close button shares: its heading, and the ×.

import { Icon } from './Icon.tsx';

export function ModalHead({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  return (
    <div className="modal__head">
      <h2 id={id}>{title}</h2>
      <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
        <Icon name="close" />
      </button>
    </div>
  );
}
