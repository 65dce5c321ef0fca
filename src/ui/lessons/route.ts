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

/**
 * Percent-decoding that never throws: a hand-edited or truncated link ("%ZZ", half a UTF-8 "%E2%9C")
 * makes decodeURIComponent throw, which would unmount the page. Such text comes back as it was
 * written, so the learner is told which lesson name the link held.
 */
export function decodeLessonId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The lesson the address names, if any (it may name no lesson that exists). */
export function lessonInAddress(): string | null {
  const match = /^#lesson=([^&]*)/.exec(location.hash);
  return match ? decodeLessonId(match[1]) : null;
}

/** What the learner reads when a link names a lesson that does not exist. */
export function unknownLessonNotice(id: string): { title: string; items: string[] } {
  const shown = id.length > 80 ? `${id.slice(0, 80)}…` : id;
  return {
    title: `This link names a lesson that does not exist: “${shown}”.`,
    items: ['The playground opened instead; the Lessons menu lists every lesson.'],
  };
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
