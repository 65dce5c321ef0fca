// The header's place in an embedded page: the training controls only, and a way out to the whole app.

import { TrainingControls } from '../app/TrainingControls.tsx';

export function EmbedBar() {
  const full = `${location.pathname}${location.search}${location.hash
    .replace(/(^#|&)embed=1/, '$1')
    .replace(/^#&/, '#')
    .replace(/^#$/, '')}`;
  return (
    <div className="embed-bar">
      <TrainingControls />
      <a className="embed-bar__open" href={full} target="_blank" rel="noopener">
        Open in Layerlab ↗
      </a>
    </div>
  );
}
