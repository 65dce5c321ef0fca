// The dataset pictures' drawing: the planes' points and the other cards' little pictures. Decorative,
// so it loads after the first draw; DatasetThumbnail.tsx holds their places at their size meanwhile.

import { DOMAIN, type Dataset2DName } from '../../engine/datasets/names.ts';
import { generate2D } from '../../engine/datasets/datasets2d.ts';
import type { TableDatasetName } from '../../setup/catalogue.ts';
import { hiDpiContext } from '../canvas.ts';
import { CLASS_COLORS } from '../colors.ts';
import { pointColor } from './pointColor.ts';

/** Enough points to show the shape, few enough to draw nine thumbnails on every noise change. */
const THUMBNAIL_POINTS = 160;
/** A fixed seed: thumbnails are icons and should not jump when the learner regenerates the data. */
const THUMBNAIL_SEED = 7;
/** Regression targets near 0 are near-white; a narrower range keeps the thumbnail's pattern visible. */
const REGRESSION_RANGE = 0.5;

/** Draws a plane's points on a canvas of sizePx × sizePx CSS pixels. */
export function paintPlane(canvas: HTMLCanvasElement, sizePx: number, name: Dataset2DName, noise: number, classes: number): void {
  const ctx = hiDpiContext(canvas, sizePx, sizePx);
  if (!ctx) return;
  const points = generate2D({ name, numSamples: THUMBNAIL_POINTS, noise, seed: THUMBNAIL_SEED, classes });
  const toPx = (v: number) => ((v + DOMAIN) / (2 * DOMAIN)) * sizePx;
  for (let i = 0; i < points.n; i++) {
    ctx.fillStyle = pointColor(points.task, points.y[i], REGRESSION_RANGE);
    ctx.beginPath();
    ctx.arc(toPx(points.x[2 * i]), sizePx - toPx(points.x[2 * i + 1]), 1.7, 0, 2 * Math.PI);
    ctx.fill();
  }
}

/** A 7 x 9 bitmap of a handwritten-looking 3, for the digits card. */
const DIGIT_BITMAP = ['0111100', '1100110', '0000110', '0011100', '0000110', '0000011', '1000011', '1100110', '0111100'];

/** Fixed "random" cells for the noise card: the picture is an icon and must not change. */
const NOISE_CELLS = Array.from({ length: 36 }, (_, i) => ((i * 2654435761) >>> 7) % 6);

/** The picture inside a card's 40 × 40 viewBox. */
export function TableArt({ name }: { name: TableDatasetName }) {
  return (
    <>
      {name === 'noise' &&
        NOISE_CELLS.map((c, i) => <rect key={i} x={2 + (i % 6) * 6} y={2 + Math.floor(i / 6) * 6} width={5} height={5} rx={1} fill={CLASS_COLORS[c]} opacity={0.85} />)}
      {name === 'iris' && (
        <g>
          {[0, 120, 240].map((a) => (
            <ellipse key={a} cx={20} cy={11} rx={6} ry={10} fill="#7b61c9" opacity={0.9} transform={`rotate(${a} 20 21)`} />
          ))}
          {[60, 180, 300].map((a) => (
            <ellipse key={a} cx={20} cy={14} rx={3.5} ry={7} fill="#b7a6ea" transform={`rotate(${a} 20 21)`} />
          ))}
          <circle cx={20} cy={21} r={3} fill="#f2c14e" />
        </g>
      )}
      {name === 'penguins' && (
        <g>
          <ellipse cx={20} cy={23} rx={11} ry={15} fill="#24303f" />
          <ellipse cx={20} cy={26} rx={7} ry={11} fill="#ffffff" />
          <circle cx={16.5} cy={14} r={1.6} fill="#ffffff" />
          <circle cx={23.5} cy={14} r={1.6} fill="#ffffff" />
          <path d="M17.5 17.5 L22.5 17.5 L20 21 Z" fill="#e8871e" />
        </g>
      )}
      {(name === 'digits' || name === 'mnist') && (
        <g>
          <rect x={1} y={1} width={38} height={38} rx={4} fill="#ffffff" stroke="#dce2eb" />
          {DIGIT_BITMAP.flatMap((row, r) =>
            [...row].map((bit, c) => (bit === '1' ? <rect key={`${r}-${c}`} x={9 + c * 3.2} y={5.5 + r * 3.2} width={3.2} height={3.2} fill="#18212f" /> : null)),
          )}
        </g>
      )}
      {name === 'autoMpg' && (
        <g>
          <path d="M4 26 V21 L9 20 L13 13 H27 L32 20 L37 21 V26 Z" fill="#3346b8" />
          <path d="M14.5 14.5 H19.5 V20 H11.5 Z M21 14.5 H26 L29 20 H21 Z" fill="#e8ebfb" />
          <circle cx={12} cy={27} r={4} fill="#18212f" />
          <circle cx={29} cy={27} r={4} fill="#18212f" />
          <circle cx={12} cy={27} r={1.6} fill="#dce2eb" />
          <circle cx={29} cy={27} r={1.6} fill="#dce2eb" />
        </g>
      )}
      {name === 'boston' && (
        <g>
          <path d="M6 19 L20 7 L34 19" fill="none" stroke="#8c3b2e" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
          <rect x={10} y={18} width={20} height={17} fill="#c7553f" />
          <rect x={17} y={25} width={6} height={10} fill="#f1e3c8" />
          <rect x={12.5} y={21} width={4} height={4} fill="#f1e3c8" />
          <rect x={23.5} y={21} width={4} height={4} fill="#f1e3c8" />
        </g>
      )}
      {name === 'csv' && (
        <g>
          <path d="M8 2 H26 L33 9 V38 H8 Z" fill="#ffffff" stroke="#5a6578" strokeWidth={1.5} strokeLinejoin="round" />
          <path d="M26 2 V9 H33" fill="none" stroke="#5a6578" strokeWidth={1.5} strokeLinejoin="round" />
          <g stroke="#9aa5b5" strokeWidth={1}>
            <line x1={11} y1={15} x2={30} y2={15} />
            <line x1={11} y1={20} x2={30} y2={20} />
            <line x1={11} y1={25} x2={30} y2={25} />
            <line x1={17.5} y1={12} x2={17.5} y2={28} />
            <line x1={24} y1={12} x2={24} y2={28} />
          </g>
          <text x={20.5} y={35.5} textAnchor="middle" fontSize={7} fontWeight={700} fill="#3346b8" fontFamily="system-ui, sans-serif">
            CSV
          </text>
        </g>
      )}
    </>
  );
}
