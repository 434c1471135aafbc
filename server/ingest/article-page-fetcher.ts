import type { PageLede } from './extract-lede';
import { type ExtractLede, fetchArticlePage } from './fetch-article';
import type { FetchLimits } from './guarded-get';
import { HostPacer } from './host-pacer';
import { LedeWorker } from './lede-worker';
import { ROBOTS_FETCH_LIMITS, RobotsCache, type RobotsOptions } from './robots';
import { type Clock, hostOf, systemClock } from './scheduler';

export type ArticlePageOutcome =
  | { kind: 'fetched'; page: PageLede }
  /** robots.txt forbids it, or robots.txt could not be read (RFC 9309: then nothing is allowed). */
  | { kind: 'disallowed'; reason: string }
  /** The host's Crawl-delay would make us wait longer than a pass should. */
  | { kind: 'paced'; reason: string }
  | { kind: 'failed'; reason: string };

export interface ArticlePageFetcherOptions {
  /** Only `allowHosts` is usually given (tests); the rest have article-page defaults. */
  fetchLimits?: Partial<FetchLimits>;
  robots?: Partial<Omit<RobotsOptions, 'limits' | 'now'>>;
  /** Least time between two page requests to one host, Crawl-delay or not. */
  minIntervalMs?: number;
  /** Longest a page waits for its host's next slot before it is skipped. */
  maxWaitMs?: number;
  clock?: Clock;
  /** Where pages are parsed: a LedeWorker thread unless given. */
  extract?: ExtractLede;
}

export const DEFAULT_MIN_INTERVAL_MS = 1_000;
export const DEFAULT_MAX_WAIT_MS = 60_000;

/**
 * Fetches article pages politely: robots.txt first (cached per origin), then a slot in the
 * host's pacing (our minimum interval, or the host's Crawl-delay if longer), then the guarded
 * GET and Readability (on a worker thread: lede-worker.ts). One instance lives as long as its Ingester, so the robots cache and
 * the pacing carry over between passes. Never throws.
 */
export class ArticlePageFetcher {
  private readonly robots: RobotsCache;
  private readonly pacer: HostPacer;
  private readonly clock: Clock;
  private readonly extract: ExtractLede;

  constructor(private readonly options: ArticlePageFetcherOptions = {}) {
    this.clock = options.clock ?? systemClock;
    if (options.extract) this.extract = options.extract;
    else {
      const worker = new LedeWorker();
      this.extract = (html, url) => worker.extract(html, url);
    }
    const allowHosts = options.fetchLimits?.allowHosts;
    this.robots = new RobotsCache({
      ...options.robots,
      limits: { ...ROBOTS_FETCH_LIMITS, ...(allowHosts ? { allowHosts } : {}) },
      now: () => this.clock.now(),
    });
    this.pacer = new HostPacer(
      {
        minIntervalMs: options.minIntervalMs ?? DEFAULT_MIN_INTERVAL_MS,
        maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
      },
      () => this.clock.now(),
    );
  }

  async fetch(url: string): Promise<ArticlePageOutcome> {
    try {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) return { kind: 'disallowed', reason: verdict.reason };
      const wait = this.pacer.reserve(hostOf(url), verdict.crawlDelayMs);
      if (wait === null) {
        return {
          kind: 'paced',
          reason: `host busy for more than ${Math.round((this.options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS) / 1000)} s (Crawl-delay)`,
        };
      }
      if (wait > 0) await this.clock.sleep(wait);
      const result = await fetchArticlePage(url, this.options.fetchLimits, this.extract);
      return result.kind === 'ok'
        ? { kind: 'fetched', page: result.page }
        : { kind: 'failed', reason: result.reason };
    } catch (error) {
      return { kind: 'failed', reason: (error as Error)?.message ?? String(error) };
    }
  }
}
