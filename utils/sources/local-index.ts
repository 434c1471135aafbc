import { bundledSources } from '../../core/bundled-catalog';
import type { Source } from '../../core/source';
import { SourceMatcher } from '../../core/source-match';

/** The outlets Parallax ships with: rating a page's outlet never needs the network. */
const matcher = new SourceMatcher<Source>(bundledSources);

/** The catalog source a page URL belongs to, or null when the outlet is not in the catalog. */
export function localSourceFor(pageUrl: string): Source | null {
  return matcher.match(pageUrl);
}
