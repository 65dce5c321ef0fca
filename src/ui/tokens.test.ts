// The stylesheets keep to the tokens: no literal colour, type size, radius or spacing outside
// tokens.ts, every variable they read exists, and the generated :root block is tokens.ts itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKENS_MODULE, tokensPlugin } from '../../scripts/vite-plugin-tokens.ts';
import { tokenCss, tokenVariables } from './tokens.ts';

const SRC = join(import.meta.dirname, '..');

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path, test) : test(e.name) ? [path] : [];
  });
}

type Declaration = { file: string; line: number; prop: string; value: string };

/** Every `prop: value;` of a stylesheet, comments removed. */
function declarations(file: string, css: string): Declaration[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/([\w-]+)\s*:\s*([^;{}]+);/g)].map((m) => ({
    file: file.slice(SRC.length + 1),
    line: text.slice(0, m.index).split('\n').length,
    prop: m[1],
    value: m[2].trim(),
  }));
}

const HEX_OR_FUNCTION = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i;
const NAMED = /\b(white|black|red|green|blue|gray|grey|orange|yellow|purple|silver|navy)\b/i;

/** What a declaration breaks, if anything. Allowed everywhere: 0, var(), inherit and the words below. */
function violation({ prop, value }: Declaration): string | null {
  const v = value.replace(/\s*!important$/, '');
  if (HEX_OR_FUNCTION.test(v) || (NAMED.test(v) && !prop.startsWith('grid-template'))) return 'a literal colour: use a colour token';
  // Relative sizes (em, %) scale with their parent (the presenter's 118 %, a sub-label's 0.8em): allowed.
  if (prop === 'font-size' && !/^(var\(--font-[\w-]+\)|[\d.]+(em|%)|inherit)$/.test(v)) return 'a literal font size: use --font-N';
  if (prop === 'font' && /^[\d.]+(px|rem)\b/.test(v)) return 'a literal font size: use --font-N';
  if (/^border(-[a-z]+)*-radius$/.test(prop) && !v.split(/\s+/).every((p) => /^(0|50%|var\(--radius-[\w-]+\))$/.test(p))) return 'a literal radius: use --radius-*';
  if (/^(--gap|(padding|margin)(-[a-z]+)*|(row-|column-)?gap)$/.test(prop)) {
    // 1 px nudges (hairline offsets) are not spacing; neither are auto or a calc of space tokens.
    const rest = v.replace(/calc\(-1 \* var\(--space-\d+\)\)|var\(--(space-\d+|gap)\)|-?1px|\b0\b|auto|[\d.]+em/g, '').trim();
    if (rest !== '') return 'a literal space: use --space-N';
  }
  return null;
}

const stylesheets = filesUnder(SRC, (n) => n.endsWith('.css')).map((file) => ({ file, css: readFileSync(file, 'utf8') }));
const all = stylesheets.flatMap(({ file, css }) => declarations(file, css));
const tokens = tokenVariables();

describe('the stylesheets keep to the tokens', () => {
  it('finds the stylesheets', () => {
    expect(stylesheets.length).toBeGreaterThanOrEqual(12);
    expect(all.length).toBeGreaterThan(1500);
  });

  it('no literal colour, font size, radius or space outside tokens.ts', () => {
    const bad = all.flatMap((d) => {
      const why = violation(d);
      return why ? [`${d.file}:${d.line} ${d.prop}: ${d.value} (${why})`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('the check catches what it should and lets the rest through', () => {
    const d = (prop: string, value: string) => violation({ file: '', line: 0, prop, value });
    for (const [p, v] of [
      ['color', '#fff'],
      ['background', 'rgb(0 0 0 / 10%)'],
      ['border', '1px solid white'],
      ['font-size', '13px'],
      ['font-size', '0.9rem'],
      ['border-radius', '7px'],
      ['padding', '6px var(--space-2)'],
      ['gap', '3px'],
    ]) {
      expect(d(p, v), `${p}: ${v}`).not.toBeNull();
    }
    for (const [p, v] of [
      ['color', 'var(--text)'],
      ['background', 'color-mix(in srgb, var(--accent) 55%, transparent)'],
      ['font-size', '0.8em'],
      ['border-radius', '50%'],
      ['margin', 'calc(-1 * var(--space-2)) 0 1px auto'],
      ['gap', 'var(--gap)'],
    ]) {
      expect(d(p, v), `${p}: ${v}`).toBeNull();
    }
  });

  it('every variable a stylesheet reads is a token or is set somewhere (no typos, no leftovers)', () => {
    const defined = new Set([...Object.keys(tokens), ...all.filter((d) => d.prop.startsWith('--')).map((d) => d.prop)]);
    // Set from script: the header's measured height (Header.tsx), always read with a fallback.
    defined.add('--header-height');
    const missing = stylesheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\((--[\w-]+)/g)].filter((m) => !defined.has(m[1])).map((m) => `${file.slice(SRC.length + 1)}: ${m[1]}`),
    );
    expect(missing).toEqual([]);
  });

  it('no stylesheet redefines a token, so tokens.ts is the only source of its value', () => {
    expect(all.filter((d) => Object.hasOwn(tokens, d.prop)).map((d) => `${d.file}:${d.line} ${d.prop}`)).toEqual([]);
  });
});

describe('the generated :root block', () => {
  it('holds exactly the tokens of tokens.ts', () => {
    const css = tokenCss();
    expect(css.match(/:root \{/g)).toHaveLength(1);
    const parsed = Object.fromEntries(declarations(join(SRC, 'x'), css).map((d) => [d.prop, d.value]));
    expect(parsed).toEqual(tokens);
    expect(tokens['--class-2']).toBe('#009e73');
    expect(tokens['--font-root']).toBe('15px');
  });

  it('is what the Vite plugin serves for virtual:tokens.css, and the entry imports it before the stylesheet', () => {
    const plugin = tokensPlugin();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    const id = resolve(TOKENS_MODULE);
    expect(id).toMatch(/\.css$/);
    expect(load(id as string)).toBe(tokenCss());
    expect(resolve('./styles.css')).toBeUndefined();
    const main = readFileSync(join(SRC, 'main.tsx'), 'utf8');
    expect(main.indexOf(`import '${TOKENS_MODULE}';`)).toBeGreaterThan(-1);
    expect(main.indexOf(`import '${TOKENS_MODULE}';`)).toBeLessThan(main.indexOf("import './ui/styles.css';"));
  });
});

describe('the painters take their colours from the tokens', () => {
  // Pictures with their own colours, not UI: the dataset thumbnails and the logo.
  const ILLUSTRATIONS = ['ui/app/thumbnailArt.tsx', 'ui/app/Header.tsx'];
  it('no colour literal in src/ui TypeScript outside tokens.ts', () => {
    const sources = filesUnder(join(SRC, 'ui'), (n) => /\.tsx?$/.test(n) && !n.includes('.test.'));
    const bad = sources
      .map((file) => ({ file: file.slice(SRC.length + 1), text: readFileSync(file, 'utf8') }))
      .filter(({ file }) => file !== 'ui/tokens.ts' && !ILLUSTRATIONS.includes(file))
      .flatMap(({ file, text }) => [...text.matchAll(/['"`]#[0-9a-fA-F]{3,8}['"`]/g)].map((m) => `${file}: ${m[0]}`));
    expect(bad).toEqual([]);
  });
});
