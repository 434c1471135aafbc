/**
 * The design tokens that TypeScript needs too, written once here: the bias colours (the toolbar
 * badge paints them, the CSS everywhere else) and the inline badge's chip box (its placement
 * is computed in utils/inline-badge/place-badge.ts, its box drawn by inline-badge.css). The CSS
 * reads them as custom properties from design-tokens.css, which scripts/build/design-tokens-css.ts
 * writes from this module (tests/unit/design-tokens-css.test.ts fails when it is out of date).
 * Every other token is CSS only, in tokens.css.
 */

/** A colour for each theme: [light, dark]. */
export type ThemedColor = readonly [light: string, dark: string];

/**
 * The bias scale's colours, Far Left (index 0, position −3) to Far Right (6, +3): they diverge
 * blue ↔ orange through a neutral grey, stepping in lightness as well as hue, so the scale
 * reads for the common colour-vision deficiencies and in greyscale; text labels always carry
 * the meaning too. CSS: --bias-0 … --bias-6.
 */
export const BIAS_COLORS: readonly ThemedColor[] = [
  ['#1e3a8a', '#3b82f6'], // Far Left
  ['#1d4ed8', '#60a5fa'], // Left
  ['#60a5fa', '#93c5fd'], // Lean Left
  ['#a8a29e', '#8d8782'], // Center
  ['#fb923c', '#fdba74'], // Lean Right
  ['#c2410c', '#fb923c'], // Right
  ['#7c2d12', '#f97316'], // Far Right
];

/** Outlets no rater places on the scale. CSS: --side-unrated. */
export const UNRATED_COLOR: ThemedColor = ['#d6d3d1', '#57534e'];

/** Secondary text, and the toolbar badge's neutral (Center) background. CSS: --color-muted. */
export const MUTED_COLOR: ThemedColor = ['#57534e', '#b5afa9'];

/**
 * The toolbar badge's background per side, under white text: the light theme's Left and Right,
 * and the muted grey for Center (the scale's Center grey is too pale under white text).
 */
export const TOOLBAR_BADGE_COLORS = {
  left: (BIAS_COLORS[1] as ThemedColor)[0],
  center: MUTED_COLOR[0],
  right: (BIAS_COLORS[5] as ThemedColor)[0],
} as const;

/**
 * The inline badge's chip, in CSS pixels: its box (the widest it grows: it sizes to what it
 * says, outlet, rating and count, and placement keeps this whole box clear), its distance from the viewport's edges and
 * the gap it keeps above the page's fixed bars. CSS: --chip-width, --chip-height, --chip-edge,
 * --chip-gap.
 */
export const CHIP = { width: 280, height: 32, edge: 16, gap: 8 } as const;
