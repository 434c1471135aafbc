import bundledIndex from 'virtual:parallax-source-index';
import type { Source } from '../../core/source';
import { decodeIndexedSource } from '../../core/source-index';

/**
 * Every outlet of the index bundled at build time, decoded. For pages that list sources (the
 * story page's attributions) without matching URLs, so they need neither the full catalog
 * JSON nor the matcher and its public-suffix list.
 */
export function bundledIndexSources(): Source[] {
  return bundledIndex.sources.map((entry) => decodeIndexedSource(bundledIndex, entry));
}
