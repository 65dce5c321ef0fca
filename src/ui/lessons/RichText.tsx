// A teacher's plain text with simple emphasis, *this* and **this**, as React elements: the text is
// never parsed as HTML, so a lesson link cannot put markup or script on the page.

import { Fragment, type ReactNode } from 'react';
import { emphasisParts } from './emphasis.ts';

export function RichText({ text }: { text: string }) {
  const nodes: ReactNode[] = emphasisParts(text).map((p, i) =>
    p.strong ? <strong key={i}>{p.text}</strong> : p.em ? <em key={i}>{p.text}</em> : <Fragment key={i}>{p.text}</Fragment>,
  );
  return <>{nodes}</>;
}
