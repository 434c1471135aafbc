import { bundledSources } from '../../core/bundled-catalog';
import type { Source } from '../../core/source';
import type { SourcesPart } from '../store/sources-part';

export interface LoadCatalogResult {
  sources: number;
  domains: number;
  ratings: number;
  /** Sources whose name or leaning changed: their stories' views are to be rebuilt. */
  changed: string[];
}

/**
 * Loads the catalog that ships with Parallax (data/catalog.json) into the store, replacing each
 * listed source's domains and ratings. Sources no longer listed are kept: articles refer to them.
 */
export async function loadCatalog(
  store: { sources: Pick<SourcesPart, 'upsert'> },
  sources: readonly Source[] = bundledSources,
): Promise<LoadCatalogResult> {
  const { changed } = await store.sources.upsert(sources);
  return {
    changed,
    sources: sources.length,
    domains: sources.reduce((n, s) => n + s.domains.length, 0),
    ratings: sources.reduce((n, s) => n + s.ratings.length, 0),
  };
}
