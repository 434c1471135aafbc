import { ImportClustering } from '../cluster/import-clustering';
import { Ingester, type IngesterOptions } from '../ingest/ingest';
import { LOOPBACK_HOSTS } from './loopback-server';
import type { TestStore } from './test-store';

/**
 * An Ingester over a test store as one `parallax ingest` run builds it (a fresh clusterer, the
 * store's feed health), allowed to fetch from the tests' loopback servers. `options` adds to or
 * replaces any of that: a clock, article pages.
 */
export function loopbackIngester(
  store: TestStore,
  options: Partial<IngesterOptions> = {},
): Ingester {
  return new Ingester({
    store: store.store,
    stories: store.stories,
    clustering: new ImportClustering(),
    fetchLimits: { allowHosts: LOOPBACK_HOSTS },
    ...options,
  });
}
