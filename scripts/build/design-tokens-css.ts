import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BIAS_COLORS,
  CHIP,
  MUTED_COLOR,
  type ThemedColor,
  UNRATED_COLOR,
} from '../../components/shared/styles/design-tokens';

/** Where the CSS is written: tokens.css imports it. */
export const DESIGN_TOKENS_CSS = join(
  import.meta.dirname,
  '../../components/shared/styles/design-tokens.css',
);

/** A themed colour in the form tokens.css's theme switch resolves (see its comment). */
const themed = ([light, dark]: ThemedColor) => `var(--if-light, ${light}) var(--if-dark, ${dark})`;

/** design-tokens.css: the tokens of components/shared/styles/design-tokens.ts as custom properties. */
export function designTokensCss(): string {
  const declarations = [
    ...BIAS_COLORS.map((color, index) => `--bias-${index}: ${themed(color)};`),
    `--side-unrated: ${themed(UNRATED_COLOR)};`,
    `--color-muted: ${themed(MUTED_COLOR)};`,
    ...Object.entries(CHIP).map(([name, px]) => `--chip-${name}: ${px}px;`),
  ];
  return [
    '/*',
    ' * Written by scripts/build/design-tokens-css.ts from design-tokens.ts: do not edit. After',
    ' * changing design-tokens.ts, run `npx tsx scripts/build/design-tokens-css.ts`.',
    ' */',
    ':root,',
    ':host {',
    ...declarations.map((line) => `  ${line}`),
    '}',
    '',
  ].join('\n');
}

// Run as a script: rewrite the file.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(DESIGN_TOKENS_CSS, designTokensCss());
  console.log(`Wrote ${DESIGN_TOKENS_CSS}`);
}
