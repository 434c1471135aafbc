import { sideOf } from '../../core/coverage';
import {
  PREVIEW_ARTICLES_PER_SIDE,
  PREVIEW_OVERVIEW_SENTENCES,
  type Story,
  type StoryPreview,
} from '../../core/story';

/**
 * What the badge and popup show of a story (core/story.ts StoryPreview): its summary, blindspot,
 * first overview sentences and the newest PREVIEW_ARTICLES_PER_SIDE articles of each side and of
 * the unrated outlets, still newest first. Cut from the full story, so the two never disagree.
 */
export function previewOf(story: Story): StoryPreview {
  const taken = new Map<string, number>();
  const articles = story.articles.filter((article) => {
    const side = sideOf(article.source?.position ?? null);
    const count = taken.get(side) ?? 0;
    taken.set(side, count + 1);
    return count < PREVIEW_ARTICLES_PER_SIDE;
  });
  return {
    id: story.id,
    title: story.title,
    articleCount: story.articleCount,
    coverage: story.coverage,
    firstSeen: story.firstSeen,
    lastUpdated: story.lastUpdated,
    blindspot: story.blindspot ?? null,
    overview: (story.overview ?? []).slice(0, PREVIEW_OVERVIEW_SENTENCES),
    articles,
  };
}
