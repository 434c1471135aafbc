import robotsParser from 'robots-parser';
import { z } from 'zod';
import { USER_AGENT } from './fetch-feed';
import { ANY_CONTENT_TYPE, type FetchLimits, guardedGet } from './guarded-get';

/** The product token robots.txt groups name us by (`User-agent: Parallax`). */
export const ROBOTS_TOKEN = 'Parallax';

/** What robots.txt says about one URL. */
export type RobotsVerdict =
  | { allowed: true; crawlDelayMs: number | null }
  | { allowed: false; reason: string };

export interface RobotsOptions {
  /** How long a robots.txt (or its absence, 4xx) is trusted. */
  ttlMs: number;
  /** How long an unreachable robots.txt (5xx, network error) keeps its origin closed to us. */
  unreachableTtlMs: number;
  /** Origins remembered at most; expired ones are dropped first, then the oldest. */
  maxOrigins: number;
  limits: FetchLimits;
  now: () => number;
}

/**
 * RFC 9309 asks crawlers to parse at least 500 KiB and to follow at least five redirects; the
 * file is read whatever content type the server gives it.
 */
export const ROBOTS_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 10_000,
  maxBytes: 500 * 1024,
  maxRedirects: 5,
  contentTypes: [ANY_CONTENT_TYPE],
  contentLabel: 'a robots.txt',
  accept: 'text/plain, */*;q=0.5',
  allowHosts: new Set(),
  userAgent: USER_AGENT,
};

export const DEFAULT_ROBOTS_OPTIONS: RobotsOptions = {
  ttlMs: 24 * 60 * 60_000,
  unreachableTtlMs: 60 * 60_000,
  maxOrigins: 5_000,
  limits: ROBOTS_FETCH_LIMITS,
  now: Date.now,
};

/** Crawl-delay as written (seconds, fractions allowed); anything else is ignored. */
const CrawlDelaySeconds = z.number().finite().nonnegative();

type Rules =
  | { kind: 'parsed'; robot: ReturnType<typeof robotsParser> }
  | { kind: 'allow-all' }
  | { kind: 'disallow-all'; reason: string };

interface Entry {
  expiresAt: number;
  rules: Promise<Rules>;
}

/**
 * robots.txt per origin, fetched through the SSRF guard and cached: the rules of the
 * `Parallax` group if there is one, else those of `*` (longest match wins, Allow on a tie,
 * `*` and `$` wildcards: robots-parser). Following RFC 9309: a 4xx means no restrictions, a 5xx
 * or a network failure means everything is disallowed until we try again (429 is counted as
 * unreachable: it asks us to back off). Never throws.
 */
export class RobotsCache {
  private readonly options: RobotsOptions;
  private readonly entries = new Map<string, Entry>();

  constructor(options: Partial<RobotsOptions> = {}) {
    this.options = { ...DEFAULT_ROBOTS_OPTIONS, ...options };
  }

  async check(url: string): Promise<RobotsVerdict> {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return { allowed: false, reason: 'not a URL' };
    }
    const rules = await this.rulesFor(target.origin);
    if (rules.kind === 'allow-all') return { allowed: true, crawlDelayMs: null };
    if (rules.kind === 'disallow-all') return { allowed: false, reason: rules.reason };
    if (rules.robot.isAllowed(target.href, ROBOTS_TOKEN) === false) {
      return { allowed: false, reason: 'disallowed by robots.txt' };
    }
    const delay = CrawlDelaySeconds.safeParse(rules.robot.getCrawlDelay(ROBOTS_TOKEN));
    return { allowed: true, crawlDelayMs: delay.success ? Math.round(delay.data * 1000) : null };
  }

  private rulesFor(origin: string): Promise<Rules> {
    const now = this.options.now();
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > now) return cached.rules;
    this.entries.delete(origin);
    this.evict(now);
    // Stored before it settles, so concurrent checks of one origin share one request.
    const entry: Entry = { expiresAt: Number.POSITIVE_INFINITY, rules: this.fetchRules(origin) };
    this.entries.set(origin, entry);
    void entry.rules.then((rules) => {
      const ttl =
        rules.kind === 'disallow-all' ? this.options.unreachableTtlMs : this.options.ttlMs;
      entry.expiresAt = this.options.now() + ttl;
    });
    return entry.rules;
  }

  private async fetchRules(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const result = await guardedGet(robotsUrl, {}, this.options.limits, this.options.now);
      if (result.kind === 'ok') {
        return { kind: 'parsed', robot: robotsParser(robotsUrl, result.body.toString('utf8')) };
      }
      const status = result.kind === 'error' ? result.status : undefined;
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
        return { kind: 'allow-all' };
      }
      const why = result.kind === 'error' ? result.reason : 'not modified without a request';
      return { kind: 'disallow-all', reason: `robots.txt unreachable (${why})` };
    } catch (error) {
      return {
        kind: 'disallow-all',
        reason: `robots.txt unreadable (${(error as Error).message})`,
      };
    }
  }

  private evict(now: number): void {
    if (this.entries.size < this.options.maxOrigins) return;
    for (const [origin, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(origin);
    }
    // Map order is insertion order: the oldest go first.
    for (const origin of this.entries.keys()) {
      if (this.entries.size < this.options.maxOrigins) break;
      this.entries.delete(origin);
    }
  }
}
