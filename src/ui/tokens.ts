// The design tokens: every colour, type size, radius, space and shadow the page uses, in one place.
// The canvas and SVG painters import them from here; the stylesheet gets the same values as custom
// properties in a :root block that scripts/vite-plugin-tokens.ts writes at build and dev time, so
// CSS and canvas cannot drift apart and nothing flashes unstyled before the script runs.
// No DOM here: the Vite config imports this file in Node.

/** Negative / class 0 / below. */
export const NEGATIVE = '#e8871e';
/** Positive / class 1 / above. */
export const POSITIVE = '#1f78b4';
export const NEUTRAL = '#f7f7f7';
/**
 * One colour per class (class 0 and 1 match the binary colours), after Okabe and Ito's palette for
 * colour-blind readers: orange, blue, bluish green, reddish purple, sky blue, near-black. Every pair
 * stays distinct under simulated deuteranopia, protanopia and tritanopia (colors.test.ts), and the
 * points carry a shape per class as well (pointShape.ts), so colour is never the only cue.
 */
export const CLASS_COLORS = [NEGATIVE, POSITIVE, '#009e73', '#cc79a7', '#56b4e9', '#1d1d1d'];

/** Named by role, not by hue: --bg, --text, --danger-ink … in the stylesheet. */
export const COLORS = {
  // Surfaces, from the page behind the panels to the panels themselves.
  bg: '#f3f5f9',
  panel: '#ffffff',
  'surface-soft': '#f8f9fc',
  'surface-muted': '#eef1f6',
  /** A white film over a plot, so a label stays legible on any colour. */
  veil: 'rgb(255 255 255 / 90%)',
  backdrop: 'rgb(16 24 40 / 45%)',
  // Ink, strongest first.
  text: '#18212f',
  'text-soft': '#4b5565',
  muted: '#5a6578',
  faint: '#8a94a6',
  border: '#dce2eb',
  'border-strong': '#b8c2d3',
  // The one accent (buttons, links, focus, the current step).
  accent: '#3346b8',
  'accent-strong': '#2a3ba0',
  'accent-soft': '#e8ebfb',
  'accent-faint': '#f7f8ff',
  'accent-border': '#c7d2fe',
  'on-accent': '#ffffff',
  'info-soft': '#eef4ff',
  'info-ink': '#17324d',
  // Messages: something wrong, something right, something to watch.
  danger: '#b42318',
  'danger-ink': '#7a1a12',
  'danger-soft': '#fdeceb',
  'danger-border': '#f2b8b5',
  ok: '#16794a',
  'ok-ink': '#0f5132',
  'ok-soft': '#e7f6ee',
  'ok-border': '#b7e1c9',
  'warn-ink': '#6b4400',
  'warn-soft': '#fff8e6',
  'warn-border': '#f5d08a',
  /** A lesson's spotlight on the control it talks about. */
  highlight: '#f5a524',
  /** The point being explained in the walkthrough's plot. */
  mark: '#e63946',
  // Dark surfaces: tooltips and code.
  inverse: '#1f2429',
  'on-inverse': '#ffffff',
  'on-inverse-muted': '#c3cad2',
  // Data: the sign and class colours, and the two loss curves.
  negative: NEGATIVE,
  /** The negative orange dark enough for text on white. */
  'negative-ink': '#b85f07',
  positive: POSITIVE,
  neutral: NEUTRAL,
  'series-train': '#18212f',
  'series-validation': '#8b3fd9',
} as const;

export type ColorToken = keyof typeof COLORS;

/**
 * The type scale, in rem of the 15 px root (px in the comments). Steps rather than names: most of
 * the page is small text, and "sm, md, base" would say less than the numbers do.
 */
export const FONT_SIZES = {
  root: '15px', // the rem every step below is a multiple of
  'root-compact': '13px', // the root in very short windows, where all rem type shrinks with it
  1: '0.68rem', // 10.2 px: axis ticks, badges
  2: '0.75rem', // 11.25 px: captions, hints
  3: '0.8rem', // 12 px: labels
  4: '0.85rem', // 12.75 px: the text of panels
  5: '0.9rem', // 13.5 px: emphasised panel text
  6: '1rem', // 15 px: body
  7: '1.2rem', // 18 px: headings
  8: '1.6rem', // 24 px: the big numbers, legible from the back of a room
} as const;

export const RADII = {
  sm: '3px', // swatches, small marks
  md: '6px', // controls and chips
  lg: '8px', // cards and fields
  xl: '12px', // panels and dialogs
  pill: '999px',
} as const;

/** Spacing for padding, margin and gap, in px. */
export const SPACE = {
  1: '2px',
  2: '4px',
  3: '6px',
  4: '8px',
  5: '10px',
  6: '12px',
  7: '16px',
  8: '20px',
  9: '24px',
  10: '32px',
} as const;

export const SHADOWS = {
  shadow: '0 1px 2px rgb(16 24 40 / 6%), 0 1px 3px rgb(16 24 40 / 6%)',
  /** Menus and popovers above the page. */
  'shadow-pop': '0 8px 24px rgb(16 24 40 / 18%)',
  'shadow-dialog': '0 20px 50px rgb(16 24 40 / 25%)',
  /** Dark tooltips over the graph. */
  'shadow-tooltip': '0 4px 16px rgb(0 0 0 / 18%)',
} as const;

/** Every token as a custom property: --bg, --class-0, --font-4, --radius-md, --space-3, --shadow-pop … */
export function tokenVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(COLORS)) vars[`--${name}`] = value;
  CLASS_COLORS.forEach((c, i) => (vars[`--class-${i}`] = c));
  for (const [step, value] of Object.entries(FONT_SIZES)) vars[`--font-${step}`] = value;
  for (const [name, value] of Object.entries(RADII)) vars[`--radius-${name}`] = value;
  for (const [step, value] of Object.entries(SPACE)) vars[`--space-${step}`] = value;
  for (const [name, value] of Object.entries(SHADOWS)) vars[`--${name}`] = value;
  return vars;
}

/** The stylesheet's :root block, one property a line. */
export function tokenCss(): string {
  const lines = Object.entries(tokenVariables()).map(([name, value]) => `  ${name}: ${value};`);
  return `/* Generated from src/ui/tokens.ts by scripts/vite-plugin-tokens.ts. */\n:root {\n${lines.join('\n')}\n}\n`;
}
