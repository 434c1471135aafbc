import bundledIndex from 'virtual:parallax-source-index';
import type { Source } from '../../../core/source';
import type { SourceIndex } from '../../../core/source-index';
import { SourceIndexMatcher } from '../../../core/source-index-match';

/**
 * The outlets the extension knows without the network: the index bundled at build time
 * (trusted: generated from the validated catalog), replaced by a newer one from the backend
 * once it has been fetched and validated (utils/background/source-index/index-update.ts).
 */
let matcher = new SourceIndexMatcher(bundledIndex);

/** The source a page URL belongs to, or null when the outlet is not in the index. */
export function localSourceFor(pageUrl: string): Source | null {
  return matcher.match(pageUrl);
}

/** Switches matching to `index` (already validated by the caller). */
export function useSourceIndex(index: SourceIndex): void {
  matcher = new SourceIndexMatcher(index);
}

/** Back to the bundled index (tests, and a stored index that no longer validates). */
export function useBundledSourceIndex(): void {
  matcher = new SourceIndexMatcher(bundledIndex);
}

export function localIndexSize(): number {
  return matcher.sourceCount;
}
