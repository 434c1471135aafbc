import type { Source } from '../../core/source';

/**
 * The pages the content script may run on: the catalog's outlets and nothing else. Both the
 * bare domain and its subdomains (www., edition., …) are listed.
 */
export function catalogMatchPatterns(sources: readonly Pick<Source, 'domains'>[]): string[] {
  const domains = new Set(sources.flatMap((source) => source.domains));
  return [...domains].sort().flatMap((domain) => [`*://${domain}/*`, `*://*.${domain}/*`]);
}
