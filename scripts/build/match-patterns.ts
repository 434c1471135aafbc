import type { Source } from '../../core/source';
import { domainMatchPatterns } from '../../utils/background/content-registration/match-patterns';

/**
 * The pages the content script may run on for a list of sources: their domains' patterns, as
 * the background registers them at run time for the index in use (the manifest lists none since
 * the content script is registered at run time). Kept for build-time checks of a catalog.
 */
export function catalogMatchPatterns(sources: readonly Pick<Source, 'domains'>[]): string[] {
  return domainMatchPatterns(sources.flatMap((source) => source.domains)).patterns;
}
