// Each lesson has its own address: ?lesson=forward-propagation (or #lesson=forward-propagation).
// The URL sync rewrites the query from the setup whenever it changes and keeps the hash, so the
// lesson lives in the hash. A ?lesson= link is moved there as this module loads, which is before
// main.tsx starts the URL sync (modules run before the code that imports them).

import { embedSuffix } from '../../state/presentationStore.ts';

const KEY = 'lesson';

function moveQueryToHash(): void {
  if (typeof location === 'undefined' || typeof history === 'undefined') return;
  const params = new URLSearchParams(location.search);
  const id = params.get(KEY);
  if (id === null) return;
  params.delete(KEY);
  const query = params.toString().replace(/%2C/g, ',');
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}#${KEY}=${encodeURIComponent(id)}`);
}

moveQueryToHash();

/** The lesson the address names, if any. */
export function lessonInAddress(): string | null {
  const match = /^#lesson=([^&]*)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The link to a lesson: the same page with the lesson in its hash. */
export function lessonHref(id: string): string {
  return `#${KEY}=${encodeURIComponent(id)}`;
}

export function setLessonAddress(id: string | null): void {
  // An embedded page stays embedded on reload: its flag rides along in the hash.
  const embed = embedSuffix();
  const hash = id === null ? (embed ? `#${embed}` : '') : `${lessonHref(id)}${embed ? `&${embed}` : ''}`;
  const url = `${location.pathname}${location.search}${hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}
