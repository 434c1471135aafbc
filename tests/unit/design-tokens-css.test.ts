import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BIAS_COLORS,
  CHIP,
  TOOLBAR_BADGE_COLORS,
} from '../../components/shared/styles/design-tokens';
import { DESIGN_TOKENS_CSS, designTokensCss } from '../../scripts/build/design-tokens-css';
import { CHIP as PLACED_CHIP } from '../../utils/inline-badge/place-badge';
import { BADGE_COLORS } from '../../utils/toolbar-badge/toolbar-badge';

const ROOT = resolve(import.meta.dirname, '../..');
const css = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Every custom property a stylesheet declares, by name. */
const declared = (text: string) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]);

describe('design tokens: written once, read by CSS and TypeScript alike', () => {
  it('design-tokens.css is what design-tokens.ts says (run `npx tsx scripts/build/design-tokens-css.ts`)', () => {
    expect(readFileSync(DESIGN_TOKENS_CSS, 'utf8')).toBe(designTokensCss());
  });

  it('tokens.css imports them and declares none of them again', () => {
    const tokens = css('components/shared/styles/tokens.css');
    expect(tokens).toContain('@import "./design-tokens.css";');
    const generated = declared(designTokensCss());
    expect(declared(tokens).filter((name) => generated.includes(name))).toEqual([]);
  });

  it('the inline badge draws its chip with the box placement computes with', () => {
    expect(PLACED_CHIP).toBe(CHIP);
    const badge = css('components/inline-badge/inline-badge.css');
    for (const name of ['width', 'height', 'edge']) expect(badge).toContain(`var(--chip-${name})`);
    // No pixel size of the chip written again by hand.
    for (const px of [CHIP.width, CHIP.height]) expect(badge).not.toMatch(new RegExp(`\\b${px}px`));
  });

  it('the toolbar badge paints the scale’s own colours', () => {
    expect(BADGE_COLORS).toBe(TOOLBAR_BADGE_COLORS);
    expect(BADGE_COLORS.left).toBe(BIAS_COLORS[1]?.[0]);
    expect(BADGE_COLORS.right).toBe(BIAS_COLORS[5]?.[0]);
    const generated = designTokensCss();
    for (const color of Object.values(BADGE_COLORS)) expect(generated).toContain(color);
  });
});
