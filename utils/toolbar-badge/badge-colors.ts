import { TOOLBAR_BADGE_COLORS } from '../../components/shared/styles/design-tokens';

/**
 * Badge colours per side, the design tokens' (components/shared/styles/design-tokens.ts): blue
 * and orange-red stay distinct for the common colour-vision deficiencies, center is a neutral
 * grey, and the text (L, LL, C, …) carries the meaning too.
 */
export const BADGE_COLORS = TOOLBAR_BADGE_COLORS;
