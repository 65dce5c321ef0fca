// The colour of a data point: its class, or for regression its target on the diverging scale.

import type { Task } from '../../engine/datasets/names.ts';
import { CLASS_COLORS, divergingColor } from '../colors.ts';

/** `regressionRange` is the target that gets the full colour; tiny thumbnails use less than 1 to stay visible. */
export function pointColor(task: Task, label: number, regressionRange = 1): string {
  return task === 'regression' ? divergingColor(label, regressionRange) : CLASS_COLORS[label % CLASS_COLORS.length];
}
