import type { ArticleKind } from '../../core/article-kind';
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
  /** Opinion, analysis… (core/article-kind.ts); absent when nothing said (taken as news). */
  kind?: ArticleKind;
}

/**
 * Kinds left out of framing and the headline, and of the overview while the reports suffice.
 * "How each side tells it" contrasts how each side's outlets report the story: a column's or an
 * editorial's words are its writer's argument (and one columnist's vocabulary would become the
 * side's "framing"); sponsored text is an advertiser's. Left out rather than marked: a term list
 * cannot say which of its words came from a column, so marking would still mix them. They still
 * count as coverage and are listed.
 */
const NOT_REPORTING: ReadonlySet<ArticleKind> = new Set(['opinion', 'sponsored']);

/** Whether the article's words are its outlet's reporting (see NOT_REPORTING). */
export function isReporting(article: Pick<StoryDataArticle, 'kind'>): boolean {
  return article.kind === undefined || !NOT_REPORTING.has(article.kind);
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
  // Neither are opinion pieces the side's reporting (NOT_REPORTING).
  const outletsOwn = articles.filter((article) => !article.syndicated);
  const ownWords = outletsOwn.filter(isReporting);
  // The overview says what happened from the reports; only when they are too little text for
  // one (5 more of the 505 roundup stories without an overview) does it read the columns too:
  // it takes the sentences the outlets share, which in a column are mostly its facts.
  const overview =
    summarize(ownWords) ?? (ownWords.length < outletsOwn.length ? summarize(outletsOwn) : null);
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
