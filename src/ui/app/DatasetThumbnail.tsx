// A dataset's points in a small canvas, so learners choose by shape rather than by name.

import { useEffect, useMemo, useRef } from 'react';
import type { Dataset2DName } from '../../engine/data/names.ts';
import { DOMAIN, generate2D } from '../../engine/data/datasets2d.ts';
import { pointColor } from './pointColor.ts';

/** Enough points to show the shape, few enough to draw nine thumbnails on every noise change. */
const THUMBNAIL_POINTS = 160;
/** A fixed seed: thumbnails are icons and should not jump when the learner regenerates the data. */
const THUMBNAIL_SEED = 7;
const SIZE_PX = 64;
/** Regression targets near 0 are near-white; a narrower range keeps the thumbnail's pattern visible. */
const REGRESSION_RANGE = 0.5;

interface DatasetThumbnailProps {
  name: Dataset2DName;
  noise: number;
  classes: number;
}

export function DatasetThumbnail({ name, noise, classes }: DatasetThumbnailProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const points = useMemo(
    () => generate2D({ name, numSamples: THUMBNAIL_POINTS, noise, seed: THUMBNAIL_SEED, classes }),
    [name, noise, classes],
  );

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = SIZE_PX * ratio;
    canvas.height = SIZE_PX * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, SIZE_PX, SIZE_PX);
    const toPx = (v: number) => ((v + DOMAIN) / (2 * DOMAIN)) * SIZE_PX;
    for (let i = 0; i < points.n; i++) {
      ctx.fillStyle = pointColor(points.task, points.y[i], REGRESSION_RANGE);
      ctx.beginPath();
      ctx.arc(toPx(points.x[2 * i]), SIZE_PX - toPx(points.x[2 * i + 1]), 1.7, 0, 2 * Math.PI);
      ctx.fill();
    }
  }, [points]);

  return <canvas ref={canvasRef} className="dataset-thumbnail" style={{ width: SIZE_PX, height: SIZE_PX }} aria-hidden="true" />;
}
