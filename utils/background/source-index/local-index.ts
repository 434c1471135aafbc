import bundledIndex from 'virtual:parallax-source-index';
import { comparableName, outletDomainsByName } from '../../../core/outlet-names';
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

let domainsByName: Map<string, string> | null = null;

/**
 * The outlet a portal's credit names without linking ("Associated Press"), by the bundled
 * index's names (core/outlet-names.ts), rated from the index in use; null when none is so named.
 */
export function localSourceNamed(name: string): Source | null {
  domainsByName ??= outletDomainsByName(bundledIndex);
  const domain = domainsByName.get(comparableName(name));
  return domain ? localSourceFor(`https://${domain}/`) : null;
}
