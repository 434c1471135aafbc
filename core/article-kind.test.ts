import { describe, expect, it } from 'vitest';
import { Article } from './article';
import { articleKindLabel } from './article-kind';

const article = {
  id: 'a',
  url: 'https://thehill.com/opinion/a/b',
  title: 'T',
  outlet: 'The Hill',
  sourceId: null,
  publishedAt: null,
  storyId: null,
};

describe('article kinds', () => {
  it('labels the kinds a reader is told of, and not news', () => {
    expect(articleKindLabel('opinion')).toBe('Opinion');
    expect(articleKindLabel('live-blog')).toBe('Live');
    expect(articleKindLabel('analysis')).toBe('Analysis');
    expect(articleKindLabel('news')).toBeNull();
    expect(articleKindLabel(undefined)).toBeNull();
  });

  it('reads a kind this version does not know as none, keeping the article', () => {
    expect(Article.parse({ ...article, kind: 'opinion' }).kind).toBe('opinion');
    const parsed = Article.parse({ ...article, kind: 'satire' });
    expect(parsed.kind).toBeUndefined();
    expect(parsed.id).toBe('a');
    expect(Article.parse(article).kind).toBeUndefined();
  });
});
