import { describe, expect, it } from 'vitest';
import { decodeLessonId, unknownLessonNotice } from './route.ts';

describe('lesson ids from a link', () => {
  it('decodes a well-formed id', () => {
    expect(decodeLessonId('dot-product')).toBe('dot-product');
    expect(decodeLessonId('caf%C3%A9')).toBe('café');
  });

  it('gives back undecodable text as written instead of throwing', () => {
    for (const text of ['%ZZ', '%E2%9C', '%', 'a%2', '%C0%80', '%ED%A0%80']) expect(decodeLessonId(text)).toBe(text);
  });

  it('names the lesson the link asked for, shortened when it is long', () => {
    expect(unknownLessonNotice('%ZZ').title).toBe('This link names a lesson that does not exist: “%ZZ”.');
    expect(unknownLessonNotice('x'.repeat(500)).title.length).toBeLessThan(140);
  });
});
