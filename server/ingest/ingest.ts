import { createHash } from 'node:crypto';
import { canonicalizeUrl } from '../../core/url';
import type { ImportClustering } from '../cluster/import-clustering';
import { type SeedResult, seedFromStore } from '../cluster/seed';
import { emptyHealth, type FeedHealth } from '../store/feed-health';
import type { ArticleInput } from '../store/records';
import type { SourcesPart } from '../store/sources-part';
import type { Store } from '../store/store';
import type { StoryService } from '../stories/story-service';
import { seedWireDetector } from '../wire/seed-wires';
import { WireDetector } from '../wire/wire-detector';
import { kindFromCategories } from './article-kind';
import {
  type ArticlePageCounts,
  type FeedItemEnricher,
  sumArticlePageCounts,
} from './article-ledes';
import { type FetchLimits, fetchFeed } from './fetch-feed';
import { type FeedItem, parseFeedBody } from './parse-feed';
import { printable } from './printable';
import {
  type BackoffPolicy,
  type Clock,
  type ConcurrencyLimits,
  DEFAULT_BACKOFF,
  DEFAULT_CONCURRENCY,
  hostOf,
  isDue,
  nextPollDelay,
  runLimited,
  systemClock,
} from './scheduler';

/** A feed fetched and parsed, not yet stored; `health` is null when it was not polled. */
interface Fetched {
  result: FeedPollResult;
  health: FeedHealth | null;
  items?: FeedItem[];
  error?: string;
  retryAfterMs?: number;
}

/** A feed to poll and the catalog source it belongs to. */
export interface FeedTarget {
  url: string;
  sourceId: string | null;
}

export interface FeedPollResult {
  feed: FeedTarget;
  status: 'ok' | 'not-modified' | 'failed' | 'skipped';
  error?: string;
  items: number;
  newArticles: number;
  updatedArticles: number;
  storyIds: string[];
  /** Article pages fetched for items without a description (only when enabled). */
  articlePages?: ArticlePageCounts;
}

export interface IngestSummary {
  feeds: FeedPollResult[];
  ok: number;
  notModified: number;
  failed: number;
  skipped: number;
  newArticles: number;
  updatedArticles: number;
  storiesTouched: number;
  millis: number;
  articlePages?: ArticlePageCounts;
}

export interface IngesterOptions {
  /** Reads (sources, articles, feed health, the clustering and wire windows). */
  store: Store;
  /** Writes articles, assignments and their stories' views in one transaction. */
  stories: StoryService;
  clustering: ImportClustering;
  /** Attributes new articles to wires (server/wire/); a fresh detector when not given. */
  wires?: WireDetector;
  /** Fetches article pages for items without a description (off unless given; article-ledes.ts). */
  articlePages?: FeedItemEnricher;
  fetchLimits?: Partial<FetchLimits>;
  backoff?: BackoffPolicy;
  concurrency?: ConcurrencyLimits;
  clock?: Clock;
  random?: () => number;
}

/** The catalog's feeds, each with its source. */
export async function catalogFeeds(sources: Pick<SourcesPart, 'list'>): Promise<FeedTarget[]> {
  const targets: FeedTarget[] = [];
  const seen = new Set<string>();
  for (const source of await sources.list()) {
    for (const url of source.feeds) {
      if (seen.has(url)) continue;
      seen.add(url);
      targets.push({ url, sourceId: source.id });
    }
  }
  return targets;
}

/**
 * Polls feeds and stores their items as articles through the same path as `parallax import`:
 * canonical URL, source by the store's matcher (else the feed's source), dedupe by canonical
 * URL, online clustering; articles, assignments and the refreshed stories stored in one
 * transaction per feed (the story service). Never throws for a feed: a bad feed
 * is recorded in feed_health and in the result.
 */
export class Ingester {
  private readonly clock: Clock;
  private readonly wires: WireDetector;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;
  private readonly concurrency: ConcurrencyLimits;
  /** Writes go one feed at a time: the clusterer and the transaction batches are not shared. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: IngesterOptions) {
    this.clock = options.clock ?? systemClock;
    this.wires = options.wires ?? new WireDetector();
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  }

  /**
   * Loads the stored articles of the clustering window into the clusterer (server/cluster/seed.ts)
   * so that this run's articles join stories formed by earlier runs. Call once, before the first
   * pass; reads only.
   */
  seed(): Promise<SeedResult> {
    const { clustering, store } = this.options;
    return this.serially(async () => {
      const seeded = await seedFromStore(clustering, store.clusterWindow, {
        now: this.clock.now(),
      });
      // The wire detector's window too, so this run's copies find earlier runs' originals.
      await seedWireDetector(this.wires, store.wireWindow);
      return seeded;
    });
  }

  /** One pass: every feed (or only those due), within the concurrency limits. */
  async runPass(
    feeds: readonly FeedTarget[],
    pass: {
      onlyDue?: boolean;
      onFeed?: (result: FeedPollResult, done: number, total: number) => void;
    } = {},
  ): Promise<IngestSummary> {
    const started = this.clock.now();
    let done = 0;
    // Fetches run concurrently (within the limits); storing follows the feed list's order, so
    // the clusterer sees the same articles in the same order whatever the network timing.
    const resolvers: Array<(fetched: Fetched) => void> = [];
    const arrivals = feeds.map(
      () => new Promise<Fetched>((resolve) => resolvers.push(resolve)), // (Node 20: no withResolvers)
    );
    const indexed = feeds.map((feed, index) => ({ feed, index }));
    const fetching = runLimited(
      indexed,
      (f) => hostOf(f.feed.url),
      this.concurrency,
      async (f) => {
        const fetched = await this.fetchPhase(f.feed, pass.onlyDue ?? false);
        resolvers[f.index]?.(fetched);
      },
    );
    const results: FeedPollResult[] = [];
    for (const arrival of arrivals) {
      const result = await this.finish(await arrival);
      results.push(result);
      done += 1;
      pass.onFeed?.(result, done, feeds.length);
    }
    await fetching;
    const stories = new Set(results.flatMap((r) => r.storyIds));
    return {
      feeds: results,
      ok: results.filter((r) => r.status === 'ok').length,
      notModified: results.filter((r) => r.status === 'not-modified').length,
      failed: results.filter((r) => r.status === 'failed').length,
      skipped: results.filter((r) => r.status === 'skipped').length,
      newArticles: results.reduce((n, r) => n + r.newArticles, 0),
      updatedArticles: results.reduce((n, r) => n + r.updatedArticles, 0),
      storiesTouched: stories.size,
      millis: this.clock.now() - started,
      ...(this.options.articlePages ? { articlePages: sumArticlePageCounts(results) } : {}),
    };
  }

  /** Polls one feed (when due, if `onlyDue`), stores its items, records its health. */
  async pollFeed(feed: FeedTarget, onlyDue = false): Promise<FeedPollResult> {
    return this.finish(await this.fetchPhase(feed, onlyDue));
  }

  /** Fetch and parse: the part that runs concurrently. Never throws. */
  private async fetchPhase(feed: FeedTarget, onlyDue: boolean): Promise<Fetched> {
    const result: FeedPollResult = {
      feed,
      status: 'ok',
      items: 0,
      newArticles: 0,
      updatedArticles: 0,
      storyIds: [],
    };
    let health: FeedHealth;
    try {
      health =
        (await this.options.store.feedHealth.get(feed.url)) ?? emptyHealth(feed.url, feed.sourceId);
    } catch (error) {
      result.status = 'failed';
      result.error = `feed health unreadable: ${(error as Error).message}`;
      return { result, health: null };
    }
    const now = this.clock.now();
    if (onlyDue && !isDue(health, now)) {
      result.status = 'skipped';
      return { result, health: null };
    }
    health = { ...health, sourceId: feed.sourceId, lastPolledAt: new Date(now).toISOString() };
    try {
      const fetched = await fetchFeed(
        feed.url,
        { etag: health.etag, lastModified: health.lastModified },
        this.options.fetchLimits,
        () => this.clock.now(),
      );
      if (fetched.kind === 'error') {
        return { result, health, error: fetched.reason, retryAfterMs: fetched.retryAfterMs };
      }
      health.etag = fetched.etag ?? health.etag;
      health.lastModified = fetched.lastModified ?? health.lastModified;
      if (fetched.kind === 'not-modified') {
        result.status = 'not-modified';
        return { result, health };
      }
      const parsed = parseFeedBody(fetched.body, fetched.contentType, fetched.url);
      if (!parsed.ok) return { result, health, error: parsed.reason };
      result.items = parsed.items.length;
      if (!this.options.articlePages) return { result, health, items: parsed.items };
      const enriched = await this.options.articlePages.enrich(parsed.items);
      result.articlePages = enriched.counts;
      return { result, health, items: enriched.items };
    } catch (error) {
      return { result, health, error: (error as Error)?.message ?? String(error) };
    }
  }

  /** Store and record health: one feed at a time (the clusterer is order-dependent). */
  private async finish(fetched: Fetched): Promise<FeedPollResult> {
    const { result, health } = fetched;
    if (!health) return result;
    let error = fetched.error;
    if (!error && fetched.items) {
      const items = fetched.items;
      try {
        await this.serially(() => this.store(result.feed, items, result));
        health.itemsSeen += items.length;
      } catch (storeError) {
        error = `could not store its articles: ${(storeError as Error).message}`;
      }
    }
    // Errors carry what the feed server sent; they are printed and stored: made printable once.
    if (error !== undefined) error = printable(error);
    if (error === undefined) {
      health.lastSuccessAt = new Date(this.clock.now()).toISOString();
      health.consecutiveFailures = 0;
      const delay = nextPollDelay({ ok: true }, this.backoff, this.random);
      health.nextPollAt = new Date(this.clock.now() + delay).toISOString();
    } else {
      result.status = 'failed';
      result.error = error;
      health.lastError = error.slice(0, 500);
      health.lastErrorAt = new Date(this.clock.now()).toISOString();
      health.consecutiveFailures += 1;
      const delay = nextPollDelay(
        {
          ok: false,
          consecutiveFailures: health.consecutiveFailures,
          retryAfterMs: fetched.retryAfterMs,
        },
        this.backoff,
        this.random,
      );
      health.nextPollAt = new Date(this.clock.now() + delay).toISOString();
    }
    try {
      await this.options.store.feedHealth.save(health);
    } catch {
      // Health is advisory: a failed write must not lose the articles already stored.
    }
    return result;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.writing.then(task, task);
    this.writing = run.catch(() => {});
    return run;
  }

  private async store(feed: FeedTarget, items: FeedItem[], result: FeedPollResult): Promise<void> {
    const { store, stories, clustering } = this.options;
    const batch: ArticleInput[] = [];
    const inBatch = new Set<string>();
    // Counted into the result only once the batch is stored: a failed write stores nothing.
    let newArticles = 0;
    let updatedArticles = 0;
    for (const item of items) {
      const url = item.url ? canonicalizeUrl(item.url) : null;
      if (!url || inBatch.has(url)) continue;
      inBatch.add(url);
      const source = store.sources.match(url);
      const sourceId = source?.id ?? feed.sourceId;
      const existing = await store.articles.byUrl(url);
      if (existing) {
        // Already stored (by an earlier poll or another feed): refreshed only if the feed changed it.
        if (existing.title === item.title && (existing.publishedAt ?? null) === item.publishedAt)
          continue;
        batch.push({
          ...existing,
          title: item.title,
          publishedAt: item.publishedAt ?? existing.publishedAt,
          text: item.summary,
        });
        updatedArticles += 1;
        continue;
      }
      const article: ArticleInput = {
        id: `feed-${createHash('sha256').update(url).digest('hex').slice(0, 20)}`,
        url,
        title: item.title,
        outlet: source?.name ?? null,
        sourceId,
        publishedAt: item.publishedAt,
        storyId: null,
        text: item.summary,
        // The feed's own filing ("Opinion") first; the story service infers from the address else.
        kind: kindFromCategories(item.categories),
      };
      batch.push(clustering.assign(this.wires.attribute(article, item.byline ?? null)));
      newArticles += 1;
    }
    if (batch.length === 0) return;
    const stored = await stories.storeArticles(batch, clustering.takeWrites());
    result.storyIds = stored.storyIds;
    result.newArticles += newArticles;
    result.updatedArticles += updatedArticles;
  }
}
