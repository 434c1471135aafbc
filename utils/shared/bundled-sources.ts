import bundledIndex from 'virtual:parallax-source-index';
import type { Source } from '../../core/source';
import { decodeAllSources } from '../../core/source-index';

/**
 * Every outlet of the index bundled at build time, decoded. For pages that list sources (the
 * story page's attributions) without matching URLs, so they need neither the full catalog
 * JSON nor the matcher and its public-suffix list.
 */
export function bundledIndexSources(): Source[] {
  // Format 2's domain-only sites included: an idiap-only outlet in a story needs its attribution.
  return decodeAllSources(bundledIndex);
}
