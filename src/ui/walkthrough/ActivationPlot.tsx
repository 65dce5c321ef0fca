// A small picture of the activation function with this neuron's point (z, a) on it.

import { useMemo } from 'react';
import { activate, type ActivationName } from '../../engine/index.ts';
import { ACTIVATION_SHORT } from '../network/labels.ts';

const W = 176;
const H = 116;
const PAD = { left: 8, right: 8, top: 10, bottom: 18 };

export function ActivationPlot({ activation, z, a }: { activation: Exclude<ActivationName, 'softmax'>; z: number; a: number }) {
  // The window always shows the bend of the curve (|z| ≤ 4) and widens to keep the point in view.
  const half = Math.min(1e6, Math.max(4, Math.ceil(Math.abs(z) * 1.15)));
  const curve = useMemo(() => {
    const n = 96;
    return Array.from({ length: n + 1 }, (_, i) => {
      const x = -half + (2 * half * i) / n;
      return [x, activate(activation, x)] as const;
    });
  }, [activation, half]);
  let lo = Math.min(...curve.map((p) => p[1]), a, 0);
  let hi = Math.max(...curve.map((p) => p[1]), a, 0);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const margin = (hi - lo) * 0.08;
  lo -= margin;
  hi += margin;
  const sx = (x: number) => PAD.left + ((x + half) / (2 * half)) * (W - PAD.left - PAD.right);
  const sy = (y: number) => PAD.top + ((hi - y) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const path = curve.map(([x, y], i) => `${i ? 'L' : 'M'}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join('');
  const px = sx(z);
  const py = sy(a);
  return (
    <svg className="walk-fplot" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`The ${ACTIVATION_SHORT[activation]} curve with this neuron's point marked`}>
      <line className="walk-fplot__axis" x1={PAD.left} x2={W - PAD.right} y1={sy(0)} y2={sy(0)} />
      <line className="walk-fplot__axis" x1={sx(0)} x2={sx(0)} y1={PAD.top} y2={H - PAD.bottom} />
      <path className="walk-fplot__curve" d={path} />
      <line className="walk-fplot__guide" x1={px} x2={px} y1={sy(0)} y2={py} />
      <line className="walk-fplot__guide" x1={sx(0)} x2={px} y1={py} y2={py} />
      <circle className="walk-fplot__point" cx={px} cy={py} r={4.5} />
      <text className="walk-fplot__label" x={W - PAD.right} y={H - 4} textAnchor="end">
        z
      </text>
      <text className="walk-fplot__label" x={PAD.left} y={H - 4}>
        {ACTIVATION_SHORT[activation]}
      </text>
    </svg>
  );
}
