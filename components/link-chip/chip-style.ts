import { BIAS_COLORS, UNRATED_COLOR } from '../shared/styles/design-tokens';

/**
 * The chip's styles, inside each chip's shadow root: the page's CSS cannot reach in, and these
 * cannot leak out. The bias colours are the project's (design-tokens.ts), a swatch beside the
 * words, so colour never carries the meaning alone. The host's own box is set inline with
 * !important (chip-element.ts) so the page's rules cannot reflow it.
 */
const swatches = BIAS_COLORS.map(
  ([light, dark], at) =>
    `.chip[data-bias="${at - 3}"] .swatch { background: ${light}; }
:host([data-theme="dark"]) .chip[data-bias="${at - 3}"] .swatch { background: ${dark}; }`,
).join('\n');

export const CHIP_CSS = `
.chip {
  all: initial;
  box-sizing: border-box;
  /* Inline-block with a ::before swatch, not flex boxes: a thousand chips are a thousand
     layout boxes fewer (the bench's 1,000-link page). */
  display: inline-block;
  height: 18px;
  padding: 0 6px;
  border: 1px solid #d6d3d1;
  border-radius: 9px;
  background: #ffffff;
  color: #292524;
  font: 600 11px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap;
  cursor: pointer;
  vertical-align: middle;
}
.chip:hover { border-color: #78716c; }
.chip:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
:host([data-theme="dark"]) .chip { background: #1c1917; color: #e7e5e4; border-color: #57534e; }
:host([data-theme="dark"]) .chip:hover { border-color: #a8a29e; }
:host([data-theme="dark"]) .chip:focus-visible { outline-color: #93c5fd; }
.swatch { display: inline-block; width: 8px; height: 8px; margin-right: 4px; border-radius: 2px; background: ${UNRATED_COLOR[0]}; vertical-align: 0; }
:host([data-theme="dark"]) .swatch { background: ${UNRATED_COLOR[1]}; }
${swatches}
.reliability { margin-left: 4px; font-weight: 400; color: #57534e; }
:host([data-theme="dark"]) .reliability { color: #a8a29e; }
`;
