import type { BadgeMode } from '../../../core/settings';
import { domainMatchPatterns } from '../content-registration/match-patterns';
import type { ContentScriptSpec } from '../content-registration/registration-plan';

/** The id prefix of the inline badge's registered content scripts (see content-registration/). */
export const BADGE_SCRIPT_PREFIX = 'parallax-badge:';

/**
 * The content script WXT builds from entrypoints/content/ (`registration: 'runtime'`: built, but
 * not in the manifest). The path is WXT's output layout; an e2e test loads pages through it.
 */
export const BADGE_CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * The scripts the inline badge needs in `mode`: in `inline`, the content script on every outlet
 * domain of the index in use (and nowhere else); in `click-only`, none.
 */
export function badgeScriptsFor(mode: BadgeMode, domains: Iterable<string>): ContentScriptSpec[] {
  if (mode !== 'inline') return [];
  const { patterns } = domainMatchPatterns(domains);
  return [
    {
      id: `${BADGE_SCRIPT_PREFIX}article`,
      matches: patterns,
      js: [BADGE_CONTENT_SCRIPT],
      runAt: 'document_idle',
    },
  ];
}
