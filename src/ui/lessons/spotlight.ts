// Points at a part of the page: scrolls it into view and makes it glow for a moment.

import type { KerasSection } from './kerasSections.ts';

function fieldset(legend: string): Element | null {
  return Array.from(document.querySelectorAll('fieldset.settings-group')).find((f) => f.querySelector('legend')?.textContent?.trim() === legend) ?? null;
}

function fieldLabelled(text: string): Element | null {
  return (
    Array.from(document.querySelectorAll('.field label'))
      .find((l) => l.textContent?.trim() === text)
      ?.closest('.field') ?? null
  );
}

/** The controls that do each step of the Keras workflow on this page. */
export function controlsFor(section: KerasSection): Element[] {
  const found: (Element | null)[] = (() => {
    switch (section) {
      case 'define':
        return [document.querySelector('.network-panel')];
      case 'compile':
        return [fieldset('compile')];
      case 'fit':
        return [fieldset('fit'), document.querySelector('.training-controls'), fieldLabelled('Validation split')];
      case 'evaluate':
        return [document.querySelector('.metrics'), document.querySelector('.chart-panel')];
    }
  })();
  // Only what is on screen: the data panel, say, makes way for a lesson on wide screens.
  return found.filter((e): e is Element => e !== null && (e as HTMLElement).offsetParent !== null);
}

const GLOW_MS = 2600;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

export function spotlight(elements: Element[]): void {
  elements[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  for (const el of elements) {
    clearTimeout(timers.get(el));
    el.classList.remove('lesson-spotlight');
    // Restart the animation even if it is still running from a previous click.
    void (el as HTMLElement).offsetWidth;
    el.classList.add('lesson-spotlight');
    timers.set(
      el,
      setTimeout(() => el.classList.remove('lesson-spotlight'), GLOW_MS),
    );
  }
}
