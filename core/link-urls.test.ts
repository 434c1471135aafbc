import { describe, expect, it } from 'vitest';
import { Article, StoryArticle } from './article';
import { Rating } from './source';

/**
 * The extension uses these URLs as link targets (related articles, a rating's page): only
 * http(s) may pass the contract, never `javascript:` or `data:`.
 */
const HOSTILE = [
  'javascript:alert(document.domain)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
];

const article = {
  id: 'a1',
  url: 'https://example.org/a',
  title: 'A',
  outlet: null,
  sourceId: null,
  publishedAt: null,
  storyId: null,
};

describe('link URLs in the contract', () => {
  it.each(HOSTILE)('an article or story article refuses %s', (url) => {
    expect(Article.safeParse({ ...article, url }).success).toBe(false);
    expect(StoryArticle.safeParse({ ...article, url, source: null }).success).toBe(false);
  });

  it('keeps http and https URLs', () => {
    expect(Article.parse({ ...article, url: 'http://example.org/a' }).url).toBe(
      'http://example.org/a',
    );
    expect(StoryArticle.parse({ ...article, source: null }).url).toBe('https://example.org/a');
  });

  it.each(HOSTILE)("a rating's page refuses %s", (url) => {
    const rating = Rating.safeParse({
      rater: 'mbfc',
      entry: null,
      label: 'Left',
      position: null,
      reliability: null,
      ratedOn: null,
      url,
      attribution: 'x',
    });
    expect(rating.success).toBe(false);
    expect(rating.error?.issues.some((issue) => issue.path.includes('url'))).toBe(true);
  });
});
