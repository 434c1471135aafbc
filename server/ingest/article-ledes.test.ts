import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/article';
import { ArticleLedeEnricher, sumArticlePageCounts } from './article-ledes';
import type { ArticlePageOutcome } from './article-page-fetcher';
import type { FeedItem } from './parse-feed';

const LEDE = 'The lede of the page, long enough to stand in for a missing feed description here.';
const item = (slug: string, summary: string | null = null, publishedAt: string | null = null) =>
  ({
    url: `https://news.example/${slug}?utm_source=rss`,
    title: `Title ${slug}`,
    summary,
    publishedAt,
    guid: null,
  }) satisfies FeedItem;

/** A fetcher that answers by the page's slug, and records what it was asked. */
function fakeFetcher(outcomes: Record<string, ArticlePageOutcome> = {}) {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (url: string): Promise<ArticlePageOutcome> => {
      asked.push(url);
      const slug = new URL(url).pathname.slice(1);
      return (
        outcomes[slug] ?? {
          kind: 'fetched',
          page: {
            lede: LEDE,
            byline: 'By Jane Doe, Associated Press',
            publishedAt: '2026-11-20T10:00:00.000Z',
            title: null,
          },
        }
      );
    },
  };
}

const articles = (stored: string[] = []) => ({
  byUrl: async (url: string) => (stored.includes(url) ? ({ url } as unknown as Article) : null),
});

describe('ArticleLedeEnricher', () => {
  it('fetches the page of new items without a usable description, and only those', async () => {
    const fetcher = fakeFetcher();
    const enricher = new ArticleLedeEnricher({
      articles: articles(['https://news.example/stored']),
      fetcher,
    });
    const described = item(
      'described',
      'A feed description long enough to be a real lede: who did what, where and when, in a sentence.',
    );
    const { items, counts } = await enricher.enrich([
      item('bare'),
      { ...item('teaser', 'Read more…', '2026-11-19T08:00:00.000Z'), byline: 'Desk' },
      described,
      item('stored'),
    ]);
    // Requested at the link the feed gave (tracking tags and all), not the canonical URL.
    expect(fetcher.asked).toEqual([
      'https://news.example/bare?utm_source=rss',
      'https://news.example/teaser?utm_source=rss',
    ]);
    expect(items[0]).toMatchObject({
      summary: LEDE,
      publishedAt: '2026-11-20T10:00:00.000Z',
      byline: 'By Jane Doe, Associated Press',
    });
    // The feed's own date and byline win over the page's.
    expect(items[1]).toMatchObject({
      summary: LEDE,
      publishedAt: '2026-11-19T08:00:00.000Z',
      byline: 'Desk',
    });
    expect(items[2]).toBe(described);
    expect(items[3]?.summary).toBe(null);
    expect(counts).toMatchObject({ fetched: 2, disallowed: 0, failed: 0, reasons: {} });
  });

  it('counts pages disallowed, paced and failed by reason, and leaves their items alone', async () => {
    const enricher = new ArticleLedeEnricher({
      articles: articles(),
      fetcher: fakeFetcher({
        robots: { kind: 'disallowed', reason: 'disallowed by robots.txt' },
        robots2: { kind: 'disallowed', reason: 'disallowed by robots.txt' },
        slow: { kind: 'paced', reason: 'host busy for more than 60 s (Crawl-delay)' },
        gone: { kind: 'failed', reason: 'HTTP 404 Not Found' },
      }),
    });
    const { items, counts } = await enricher.enrich(
      ['robots', 'robots2', 'slow', 'gone', 'fine'].map((slug) => item(slug)),
    );
    expect(items.map((i) => i.summary)).toEqual([null, null, null, null, LEDE]);
    expect(counts).toEqual({
      fetched: 1,
      reused: 0,
      disallowed: 2,
      paced: 1,
      failed: 1,
      overLimit: 0,
      reasons: {
        'disallowed by robots.txt': 2,
        'host busy for more than 60 s (Crawl-delay)': 1,
        'HTTP 404 Not Found': 1,
      },
    });
  });

  it('fetches at most maxPerFeed pages per feed', async () => {
    const fetcher = fakeFetcher();
    const enricher = new ArticleLedeEnricher({ articles: articles(), fetcher, maxPerFeed: 2 });
    const { counts } = await enricher.enrich(['a', 'b', 'c', 'd'].map((slug) => item(slug)));
    expect(fetcher.asked).toHaveLength(2);
    expect(counts).toMatchObject({ fetched: 2, overLimit: 2 });
  });

  it('asks once for an item two feeds share', async () => {
    const fetcher = fakeFetcher();
    const enricher = new ArticleLedeEnricher({ articles: articles(), fetcher });
    const [first, second] = await Promise.all([
      enricher.enrich([item('shared')]),
      enricher.enrich([{ ...item('shared'), url: 'https://news.example/shared' }]),
    ]);
    expect(fetcher.asked).toHaveLength(1);
    expect(first.items[0]?.summary).toBe(LEDE);
    expect(second.items[0]?.summary).toBe(LEDE);
    expect(sumArticlePageCounts([first, second].map((r) => ({ articlePages: r.counts })))).toEqual(
      expect.objectContaining({ fetched: 1, reused: 1 }),
    );
  });

  it('adds up the counts of a pass', () => {
    const one = { fetched: 1, reused: 0, disallowed: 1, paced: 0, failed: 2, overLimit: 0 };
    expect(
      sumArticlePageCounts([
        { articlePages: { ...one, reasons: { a: 1, b: 2 } } },
        {},
        { articlePages: { ...one, reasons: { b: 1 } } },
      ]),
    ).toEqual({
      fetched: 2,
      reused: 0,
      disallowed: 2,
      paced: 0,
      failed: 4,
      overLimit: 0,
      reasons: { a: 1, b: 3 },
    });
  });
});
