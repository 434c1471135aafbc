import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../store/records';
import { inferArticleKind, kindFromCategories, withKind } from './article-kind';

function article(url: string | null, title = 'Senate passes the water bill'): ArticleInput {
  return {
    id: 'a',
    url,
    title,
    outlet: 'Outlet',
    sourceId: null,
    publishedAt: null,
    storyId: null,
    text: null,
  };
}

describe('inferArticleKind', () => {
  it('reads the section conventions of the address', () => {
    expect(inferArticleKind(article('https://thehill.com/opinion/energy/500-treaty/'))).toBe(
      'opinion',
    );
    expect(
      inferArticleKind(article('https://www.theguardian.com/commentisfree/2026/nov/20/lakes')),
    ).toBe('opinion');
    expect(inferArticleKind(article('https://www.bbc.co.uk/news/live/world-123'))).toBe(
      'live-blog',
    );
    expect(inferArticleKind(article('https://example.com/analysis/2026/why-it-matters'))).toBe(
      'analysis',
    );
  });

  it('reads a label opening the headline when the address says nothing', () => {
    expect(inferArticleKind(article(null, 'Opinion: The treaty comes just in time'))).toBe(
      'opinion',
    );
    expect(inferArticleKind(article('https://x.com/2026/11/20/a', 'Analysis | What next'))).toBe(
      'analysis',
    );
  });

  it('says nothing of a plain news article, nor of a slug that only contains the word', () => {
    expect(inferArticleKind(article('https://www.reuters.com/world/us-canada-treaty/'))).toBe(
      undefined,
    );
    // The last segment is the article's slug: "live-music" there is no live blog.
    expect(inferArticleKind(article('https://x.com/arts/why-i-love-live-music'))).toBe(undefined);
  });
});

describe('withKind', () => {
  it('keeps a kind the article states and adds an inferred one otherwise', () => {
    const stated = { ...article('https://thehill.com/opinion/a/b'), kind: 'analysis' as const };
    expect(withKind(stated).kind).toBe('analysis');
    expect(withKind(article('https://thehill.com/opinion/a/b')).kind).toBe('opinion');
    expect('kind' in withKind(article('https://thehill.com/news/a/b'))).toBe(false);
  });
});

describe('kindFromCategories', () => {
  it('reads a category as a section name by the URL conventions', () => {
    expect(kindFromCategories(['World', 'Opinion'])).toBe('opinion');
    expect(kindFromCategories(['News Analysis'])).toBe('analysis');
    expect(kindFromCategories(['Live Updates'])).toBe('live-blog');
    expect(kindFromCategories(['Paid Post'])).toBe('sponsored');
  });

  it('says nothing of categories that only contain such a word', () => {
    expect(kindFromCategories(['Live Nation', 'Music'])).toBeUndefined();
    expect(kindFromCategories(['Opinion polls show a tight race'])).toBeUndefined();
    expect(kindFromCategories(undefined)).toBeUndefined();
    expect(kindFromCategories(['', '  '])).toBeUndefined();
  });
});
