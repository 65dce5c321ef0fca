// A teacher's plain text with simple emphasis, *this* and **this**, as React elements: the text is
// never parsed as HTML, so a lesson link cannot put markup or script on the page.

import { Fragment, type ReactNode } from 'react';

const EMPHASIS = /(\*\*[^*\n]+\*\*|\*[^*\n]+\*)/g;

/** Pieces of a text: plain runs and emphasised runs (stars left as they are when unpaired). */
export function emphasisParts(text: string): { text: string; strong?: boolean; em?: boolean }[] {
  return text
    .split(EMPHASIS)
    .filter((part) => part !== '')
    .map((part) => {
      if (part.length > 4 && part.startsWith('**') && part.endsWith('**')) return { text: part.slice(2, -2), strong: true };
      if (part.length > 2 && part.startsWith('*') && part.endsWith('*') && !part.startsWith('**')) return { text: part.slice(1, -1), em: true };
      return { text: part };
    });
}

export function RichText({ text }: { text: string }) {
  const nodes: ReactNode[] = emphasisParts(text).map((p, i) =>
    p.strong ? <strong key={i}>{p.text}</strong> : p.em ? <em key={i}>{p.text}</em> : <Fragment key={i}>{p.text}</Fragment>,
  );
  return <>{nodes}</>;
}
