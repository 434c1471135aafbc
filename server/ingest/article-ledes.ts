import { canonicalizeUrl } from '../../core/url';
import type { ArticlesPart } from '../store/articles-part';
import type { ArticlePageFetcher, ArticlePageOutcome } from './article-page-fetcher';
import type { FeedItem } from './parse-feed';
import { type ConcurrencyLimits, hostOf, runLimited } from './scheduler';

/** What fetching article pages did for one feed, or for a pass (summed). */
export interface ArticlePageCounts {
  /** Pages requested whose lede now stands in for a missing feed description. */
  fetched: number;
  /** Items that shared a page fetched for another feed in this process (no second request). */
  reused: number;
  /** Pages robots.txt kept us from (including robots.txt unreachable). */
  disallowed: number;
  /** Pages skipped because their host's Crawl-delay left no slot soon enough. */
  paced: number;
  failed: number;
  /** Items beyond the per-feed limit, stored with what their feed gave. */
  overLimit: number;
  /** Why pages were disallowed, paced or failed, with how many times each. */
  reasons: Record<string, number>;
}

export function emptyArticlePageCounts(): ArticlePageCounts {
  return { fetched: 0, reused: 0, disallowed: 0, paced: 0, failed: 0, overLimit: 0, reasons: {} };
}

export function sumArticlePageCounts(
  all: ReadonlyArray<{ articlePages?: ArticlePageCounts }>,
): ArticlePageCounts {
  const sum = emptyArticlePageCounts();
  for (const { articlePages: c } of all) {
    if (!c) continue;
    sum.fetched += c.fetched;
    sum.reused += c.reused;
    sum.disallowed += c.disallowed;
    sum.paced += c.paced;
    sum.failed += c.failed;
    sum.overLimit += c.overLimit;
    for (const [reason, n] of Object.entries(c.reasons)) {
      sum.reasons[reason] = (sum.reasons[reason] ?? 0) + n;
    }
  }
  return sum;
}

/** The hook the Ingester calls on every parsed feed (ingest.ts `articlePages`). */
export interface FeedItemEnricher {
  enrich(items: FeedItem[]): Promise<{ items: FeedItem[]; counts: ArticlePageCounts }>;
}

export interface ArticleLedeOptions {
  articles: Pick<ArticlesPart, 'byUrl'>;
  fetcher: Pick<ArticlePageFetcher, 'fetch'>;
  /** A feed description shorter than this is no lede ("Read more", a repeated title). */
  minFeedTextChars?: number;
  /** Pages fetched for one feed in one pass at most. */
  maxPerFeed?: number;
  concurrency?: ConcurrencyLimits;
}

/** Outcomes remembered so that the same new item in two feeds costs the publisher one request. */
const REMEMBERED_OUTCOMES = 2_000;

/**
 * Gives feed items without a usable description the lede of their article page. Only new
 * items are fetched (an article already stored keeps the text it has), at most `maxPerFeed`
 * per feed, two at a time per host (scheduler.ts's limits) and paced per host by the fetcher.
 * A page's time and byline fill in what the feed left out. Never throws: a page that cannot be
 * had leaves its item as the feed gave it.
 */
export class ArticleLedeEnricher implements FeedItemEnricher {
  private readonly minFeedTextChars: number;
  private readonly maxPerFeed: number;
  private readonly concurrency: ConcurrencyLimits;
  private readonly outcomes = new Map<string, Promise<ArticlePageOutcome>>();

  constructor(private readonly options: ArticleLedeOptions) {
    this.minFeedTextChars = options.minFeedTextChars ?? 80;
    this.maxPerFeed = options.maxPerFeed ?? 50;
    this.concurrency = options.concurrency ?? { overall: 4, perHost: 2 };
  }

  async enrich(items: FeedItem[]): Promise<{ items: FeedItem[]; counts: ArticlePageCounts }> {
    const counts = emptyArticlePageCounts();
    // Keyed by canonical URL; the page is requested at the link the feed gave.
    const wanted: Array<{ index: number; url: string; link: string }> = [];
    for (const [index, item] of items.entries()) {
      if ((item.summary?.length ?? 0) >= this.minFeedTextChars) continue;
      const url = item.url ? canonicalizeUrl(item.url) : null;
      if (!item.url || !url || (await this.isStored(url))) continue;
      if (wanted.length >= this.maxPerFeed) counts.overLimit += 1;
      else wanted.push({ index, url, link: item.url });
    }
    const enriched = [...items];
    await runLimited(
      wanted,
      (w) => hostOf(w.link),
      this.concurrency,
      async ({ index, url, link }) => {
        const known = this.outcomes.get(url);
        const outcome = await (known ?? this.remember(url, link));
        const item = enriched[index] as FeedItem;
        if (outcome.kind === 'fetched') {
          if (known) counts.reused += 1;
          else counts.fetched += 1;
          enriched[index] = {
            ...item,
            summary: outcome.page.lede,
            publishedAt: item.publishedAt ?? outcome.page.publishedAt,
            // The page's byline tells the wire detector what the feed did not (server/wire/).
            byline: item.byline ?? outcome.page.byline,
          };
          return;
        }
        counts[outcome.kind] += 1;
        counts.reasons[outcome.reason] = (counts.reasons[outcome.reason] ?? 0) + 1;
      },
    );
    return { items: enriched, counts };
  }

  private async isStored(url: string): Promise<boolean> {
    try {
      return (await this.options.articles.byUrl(url)) !== null;
    } catch {
      // Unknown: fetching a page twice is better than losing a lede.
      return false;
    }
  }

  private remember(url: string, link: string): Promise<ArticlePageOutcome> {
    const outcome = this.options.fetcher.fetch(link);
    this.outcomes.set(url, outcome);
    // Map order is insertion order: the oldest outcome goes first.
    if (this.outcomes.size > REMEMBERED_OUTCOMES) {
      const oldest = this.outcomes.keys().next().value;
      if (oldest !== undefined) this.outcomes.delete(oldest);
    }
    return outcome;
  }
}
