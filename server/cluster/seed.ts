import type { ClusterWindowPart } from '../store/cluster-window';
import type { ImportClustering } from './import-clustering';
import { openersFirst } from './seed-order';

export interface SeedOptions {
  /** Milliseconds since the epoch; the window of undated articles ends here. */
  now?: number;
  /** At most this many stored articles, the newest. */
  limit?: number;
  /** Articles seeded between yields to the event loop (serve keeps answering meanwhile). */
  chunk?: number;
}

export interface SeedResult {
  articles: number;
  stories: number;
  millis: number;
}

const DAY = 86_400_000;
export const DEFAULT_SEED_LIMIT = 50_000;

/**
 * Before a pass (ingest, import, serve's poller), puts the stored articles of the clustering
 * window into the clusterer as members of their stored stories, so that new articles join
 * stories formed by earlier runs instead of starting new ones. The window is the clusterer's
 * (`windowDays`) plus the day its sweep keeps: dated articles published within it of the newest
 * stored one, undated ones stored within it of `now`; at most `limit`, the newest. Reads only.
 */
export async function seedFromStore(
  clustering: ImportClustering,
  window: ClusterWindowPart,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const started = Date.now();
  const { now = Date.now(), limit = DEFAULT_SEED_LIMIT, chunk = 2000 } = options;
  const span = (clustering.options.windowDays + 1) * DAY;
  const newest = await window.newestTime(now);
  const reference = newest ? Date.parse(newest) : now;
  const stored = await window.since({
    publishedSince: new Date(reference - span).toISOString(),
    createdSince: new Date(now - span).toISOString(),
    limit,
  });
  const articles = openersFirst(stored, (a) => clustering.opens(a));
  for (let i = 0; i < articles.length; i += chunk) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    clustering.seed(articles.slice(i, i + chunk));
  }
  return {
    articles: articles.length,
    stories: new Set(articles.map((a) => a.storyId)).size,
    millis: Date.now() - started,
  };
}
