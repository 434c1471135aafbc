import type { Source } from '../../core/source';

/**
 * The pages a content script for `sources` may run on, each domain bare and with any subdomain.
 * Build-time and checks only: the background registers the content script at run time for the
 * index in use (utils/background/content-registration/match-patterns.ts, one `*.` pattern per
 * domain, which covers the bare domain too), so the manifest lists none.
 */
export function catalogMatchPatterns(sources: readonly Pick<Source, 'domains'>[]): string[] {
  const domains = new Set(sources.flatMap((source) => source.domains));
  return [...domains].sort().flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}
