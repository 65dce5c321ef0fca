// A dataset's picture, so learners choose by shape rather than by name: a plane's points in a small
// canvas, a small drawing on the other cards. The drawing (thumbnailArt.tsx) loads after the first
// draw; until it arrives each picture's place is kept at its size, empty, so nothing moves.

import { useEffect, useRef, useState } from 'react';
import type { Dataset2DName } from '../../engine/datasets/names.ts';
import type { TableDatasetName } from '../../setup/catalogue.ts';

type Art = typeof import('./thumbnailArt.tsx');

const SIZE_PX = 64;

let art: Art | null = null;
let loading: Promise<Art> | null = null;

function loadArt(): Promise<Art> {
  loading ??= import('./thumbnailArt.tsx').then(
    (m) => (art = m),
    (error: unknown) => {
      loading = null; // offline or a new deploy: the pictures stay empty, and the next mount tries again
      throw error;
    },
  );
  return loading;
}

/** The drawing code once loaded; asked for from an effect, so after the page has drawn. */
function useArt(): Art | null {
  const [loaded, setLoaded] = useState(art);
  useEffect(() => {
    if (!loaded) loadArt().then(setLoaded, () => {});
  }, [loaded]);
  return loaded;
}

interface DatasetThumbnailProps {
  name: Dataset2DName;
  noise: number;
  classes: number;
}

export function DatasetThumbnail({ name, noise, classes }: DatasetThumbnailProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const loaded = useArt();
  useEffect(() => {
    if (loaded && canvasRef.current) loaded.paintPlane(canvasRef.current, SIZE_PX, name, noise, classes);
  }, [loaded, name, noise, classes]);
  return <canvas ref={canvasRef} className="dataset-thumbnail" style={{ width: SIZE_PX, height: SIZE_PX }} aria-hidden="true" />;
}

/** The picture on the card of a dataset that is not a plane. Decorative: the card carries the name. */
export function TableThumbnail({ name }: { name: TableDatasetName }) {
  const loaded = useArt();
  return (
    <svg className="table-thumbnail" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      {loaded && <loaded.TableArt name={name} />}
    </svg>
  );
}
