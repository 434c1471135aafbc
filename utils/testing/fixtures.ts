import type { StoryArticle } from '../../core/article';
import { coverageOf } from '../../core/coverage';
import type { DetectedArticle, PageDetection } from '../../core/detected-article';
import type { LookupResponse } from '../../core/lookup';
import type { TabState } from '../../core/messages';
import type { Story } from '../../core/story';
import { localSourceFor } from '../sources/local-index';

/** Small, valid contract values shared by the extension's unit tests. */

export const READING_URL = 'https://www.reuters.com/world/some-story-2024-05-01';

export const detectedArticle: DetectedArticle = {
  url: 'https://reuters.com/world/some-story-2024-05-01',
  title: 'Parliament passes the budget',
  outlet: 'Reuters',
  publishedAt: '2024-05-01T10:00:00.000Z',
};

export const articleDetection: Extract<PageDetection, { isArticle: true }> = {
  isArticle: true,
  pageUrl: READING_URL,
  article: detectedArticle,
};

function storyArticle(id: string, url: string, sourceId: string | null, title: string) {
  const source = sourceId ? localSourceFor(`https://${sourceId}`) : null;
  const article: StoryArticle = {
    id,
    url,
    title,
    outlet: source?.name ?? 'Some Blog',
    sourceId: source?.id ?? null,
    publishedAt: '2024-05-01T09:00:00.000Z',
    storyId: 'story-1',
    source: source ? { id: source.id, name: source.name, position: source.position } : null,
  };
  return article;
}

const articles: StoryArticle[] = [
  storyArticle('a-reuters', detectedArticle.url, 'reuters.com', 'Parliament passes the budget'),
  storyArticle(
    'a-nyt',
    'https://nytimes.com/budget',
    'nytimes.com',
    'Budget passes after a long night',
  ),
  storyArticle(
    'a-fox',
    'https://foxnews.com/budget',
    'foxnews.com',
    'Spending bill clears the House',
  ),
  storyArticle('a-blog', 'https://example.org/budget', null, 'What the budget means for you'),
];

const coverage = coverageOf(
  new Map(articles.map((a) => [a.source?.id ?? a.outlet ?? a.id, a.source?.position ?? null])),
);

export const story: Story = {
  id: 'story-1',
  title: 'Parliament passes the budget',
  articleCount: articles.length,
  coverage,
  firstSeen: '2024-05-01T08:00:00.000Z',
  lastUpdated: '2024-05-01T11:00:00.000Z',
  articles,
};

export const lookupWithStory: LookupResponse = {
  source: localSourceFor(READING_URL),
  article: {
    id: 'a-reuters',
    url: detectedArticle.url,
    title: detectedArticle.title,
    outlet: 'Reuters',
    sourceId: 'reuters',
    publishedAt: detectedArticle.publishedAt,
    storyId: 'story-1',
  },
  story: {
    id: story.id,
    title: story.title,
    articleCount: story.articleCount,
    coverage: story.coverage,
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
  },
};

export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    pageUrl: READING_URL,
    phase: 'ready',
    detected: detectedArticle,
    source: localSourceFor(READING_URL),
    article: lookupWithStory.article,
    story,
    message: null,
    updatedAt: 1714557600000,
    ...overrides,
  };
}
