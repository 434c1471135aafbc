import type { Coverage, Side } from '../../core/coverage';
import type { StoryFraming } from '../../core/story';
import { blindspotOf } from './blindspot';
import { framingOf } from './framing';
import { summarize } from './summary';

/** One article as the story computations need it. */
export interface StoryDataArticle {
  id: string;
  title: string;
  text: string | null;
  /** Distinct-outlet key, null when the article names no outlet. */
  outlet: string | null;
  side: Side | 'unrated';
  publishedAt: string | null;
  /**
   * Republishes text that is not its outlet's own (a wire's copy, or a near-copy of another
   * outlet's article: core/wire.ts `isSyndicated`). Such text says nothing about how its
   * outlet's side frames the story, and repeats the original in an overview.
   */
  syndicated?: boolean;
}

export interface StoryData {
  /** Absent when there is not enough text (see summarize). */
  overview?: string[];
  blindspot: Side | null;
  framing: StoryFraming | null;
}

/** Overview, blindspot and framing of a story from its articles, coverage and the background. */
export function storyDataOf(
  articles: readonly StoryDataArticle[],
  coverage: Coverage,
  background: ReadonlyMap<string, number>,
): StoryData {
  // Copies still count as coverage (the outlet chose to run the story), not as the outlet's words.
  const ownWords = articles.filter((article) => !article.syndicated);
  const overview = summarize(ownWords);
  const framing = framingOf(
    ownWords.map((article) => ({
      outlet: article.outlet ?? `article:${article.id}`,
      side: article.side,
      text: article.text ? `${article.title}\n${article.text}` : article.title,
    })),
    background,
  );
  return {
    ...(overview ? { overview } : {}),
    blindspot: blindspotOf(coverage),
    framing: framing
      ? {
          left: framing.left.map((t) => t.term),
          center: framing.center.map((t) => t.term),
          right: framing.right.map((t) => t.term),
        }
      : null,
  };
}
