// Small pieces every step's body uses: a note under the arithmetic, a class by name and colour.

import type { ReactNode } from 'react';
import { CLASS_COLORS } from '../colors.ts';

export function Note({ children }: { children: ReactNode }) {
  return <p className="walk-note">{children}</p>;
}
/** "class 2" on a plane; a table's own name for the class ("setosa", "7"). */
export function classLabel(index: number, names: readonly string[] | null | undefined): string {
  return names?.[index] ?? `class ${index}`;
}

export function ClassName({ index, names, testId, strong }: { index: number; names: readonly string[] | null | undefined; testId?: string; strong?: boolean }) {
  if (!names?.[index]) {
    const n = strong ? <strong data-testid={testId}>{index}</strong> : <span data-testid={testId}>{index}</span>;
    return <>class {n}</>;
  }
  return strong ? (
    <strong data-testid={testId} data-class={index}>
      {names[index]}
    </strong>
  ) : (
    <span data-testid={testId} data-class={index}>
      {names[index]}
    </span>
  );
}

export function ClassSwatch({ index }: { index: number }) {
  return <span className="walk-swatch" style={{ background: CLASS_COLORS[index % CLASS_COLORS.length] }} aria-hidden="true" />;
}
