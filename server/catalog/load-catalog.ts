import { bundledSources } from '../../core/bundled-catalog';
import type { Source } from '../../core/source';
import type { Repository } from '../store/repository';

export interface LoadCatalogResult {
  sources: number;
  domains: number;
  ratings: number;
}

/**
 * Loads the catalog that ships with Parallax (data/catalog.json) into the store, replacing each
 * listed source's domains and ratings. Sources no longer listed are kept: articles refer to them.
 */
export async function loadCatalog(
  repository: Repository,
  sources: readonly Source[] = bundledSources,
): Promise<LoadCatalogResult> {
  await repository.upsertSources(sources);
  return {
    sources: sources.length,
    domains: sources.reduce((n, s) => n + s.domains.length, 0),
    ratings: sources.reduce((n, s) => n + s.ratings.length, 0),
  };
}
