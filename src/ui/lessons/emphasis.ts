// *this* and **this** in a teacher's plain text: which runs are emphasised. Pure, so tests read it.

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
